/// <reference types="vite/client" />
declare module 'virtual:sqlprep-bank' {
  export const BANK_URL: string
  export const SNAPSHOT_URL: string
}
