/// <reference types="vite/client" />
declare module 'virtual:sqlprep-bank' {
  export const BANK_URL: string
  export const DATASETS_URL: string
  export const BANK_HASH: string
}
