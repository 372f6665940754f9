// Deterministic generator for the `hr` dataset: node datasets/hr/generate.mjs
// No dependencies, no clock, no Math.random: every value comes from the seeded sampler of ../generator-support.mjs.
import { createSampler, csvWriter } from '../generator-support.mjs'

// ---------------------------------------------------------------- PRNG helpers
const { random, randInt, chance, pick, pickWeighted, shuffle } = createSampler(20250630)

// ---------------------------------------------------------------- date helpers (UTC day numbers)
const DAY = 86400000
const d = (s) => Math.round(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY)
const fmt = (n) => new Date(n * DAY).toISOString().slice(0, 10)
const dow = (n) => new Date(n * DAY).getUTCDay() // 0 = Sunday
const nextMonday = (n) => n + ((8 - dow(n)) % 7)
const prevFriday = (n) => n - ((dow(n) + 2) % 7)
const toWeekday = (n) => (dow(n) === 0 ? n + 1 : dow(n) === 6 ? n + 2 : n)
const START = d('2022-01-03') // company founded; first Monday of 2022
const END = d('2025-06-30') // data "as of" date
const LAST_HIRE = d('2025-06-23')

// ---------------------------------------------------------------- money helpers
const money = (x) => x.toFixed(2)
const roundTo = (x, step) => Math.round(x / step) * step

// ---------------------------------------------------------------- CSV writer
const writeCsv = csvWriter(import.meta.url)

// ================================================================= locations
const locations = [
  { location_id: 1, office_name: 'Denver HQ', city: 'Denver', state_province: 'Colorado', country_code: 'US', opened_date: '2022-01-03' },
  { location_id: 2, office_name: 'Austin Office', city: 'Austin', state_province: 'Texas', country_code: 'US', opened_date: '2022-04-04' },
  { location_id: 3, office_name: 'Chicago Office', city: 'Chicago', state_province: 'Illinois', country_code: 'US', opened_date: '2022-06-06' },
  { location_id: 4, office_name: 'Toronto Office', city: 'Toronto', state_province: 'Ontario', country_code: 'CA', opened_date: '2022-09-12' },
  { location_id: 5, office_name: 'Lisbon Office', city: 'Lisbon', state_province: null, country_code: 'PT', opened_date: '2022-10-03' },
  { location_id: 6, office_name: 'Dublin Office', city: 'Dublin', state_province: null, country_code: 'IE', opened_date: '2023-02-06' },
  { location_id: 7, office_name: 'Singapore Office', city: 'Singapore', state_province: null, country_code: 'SG', opened_date: '2025-05-05' },
]
const locOpened = Object.fromEntries(locations.map((l) => [l.location_id, d(l.opened_date)]))

// ================================================================= departments
// [id, name, location_id, cost_center, created_date]
const deptRows = [
  [1, 'Executive Office', 1, 'CC-1000', '2022-01-03'],
  [2, 'Platform Engineering', 1, 'CC-2100', '2022-01-03'],
  [3, 'Product Engineering', 2, 'CC-2200', '2022-04-04'],
  [4, 'Infrastructure & Reliability', 1, 'CC-2300', '2022-03-07'],
  [5, 'Quality Assurance', 5, 'CC-2400', '2022-10-03'],
  [6, 'Data & Analytics', 4, 'CC-2500', '2022-09-12'],
  [7, 'IT & Security', 1, 'CC-2600', '2022-02-07'],
  [8, 'Product Management', 2, 'CC-3100', '2022-01-17'],
  [9, 'Design', null, 'CC-3200', '2022-05-02'],
  [10, 'Sales - North America', 3, 'CC-4100', '2022-06-06'],
  [11, 'Sales - EMEA', 6, 'CC-4200', '2023-02-06'],
  [12, 'Customer Success', 3, 'CC-4300', '2022-08-01'],
  [13, 'Customer Support', 5, 'CC-4400', '2022-10-03'],
  [14, 'Marketing', 2, 'CC-4500', '2022-04-04'],
  [15, 'Finance', 1, 'CC-5100', '2022-01-03'],
  [16, 'Legal', 1, 'CC-5200', '2022-03-07'],
  [17, 'People Operations', 1, 'CC-5300', '2022-01-17'],
  [18, 'Talent Acquisition', 4, 'CC-5400', '2022-09-12'],
  [19, 'Facilities & Workplace', 1, 'CC-5500', '2022-06-06'],
  [20, 'Internal Audit', 1, 'CC-5600', '2025-02-03'],
  [21, 'Corporate Development', null, 'CC-1100', '2025-04-07'],
  [22, 'Strategic Partnerships', 6, 'CC-4600', '2024-11-04'],
  [23, 'Sustainability Office', 4, 'CC-1200', '2025-06-02'],
]
const departments = deptRows.map(([department_id, department_name, location_id, cost_center, created_date]) => ({
  department_id, department_name, location_id, cost_center, created_date,
}))
const deptById = Object.fromEntries(departments.map((x) => [x.department_id, x]))
const deptEarliest = (id) => {
  const dep = deptById[id]
  const c = d(dep.created_date)
  return dep.location_id ? Math.max(c, locOpened[dep.location_id]) : c
}

// ================================================================= jobs
// [id, title, family, min, max]
const jobRows = [
  [1, 'Chief Executive Officer', 'Executive', 260000, 400000],
  [2, 'Chief Technology Officer', 'Executive', 230000, 330000],
  [3, 'Chief Financial Officer', 'Executive', 220000, 310000],
  [4, 'Chief Revenue Officer', 'Executive', 220000, 320000],
  [5, 'Chief Product Officer', 'Executive', 210000, 300000],
  [6, 'Chief People Officer', 'Executive', 180000, 250000],
  [7, 'General Counsel', 'Executive', 190000, 270000],
  [8, 'Chief Operating Officer', 'Executive', 220000, 310000],
  [9, 'Chief of Staff', 'Executive', 150000, 205000],
  [10, 'Executive Assistant', 'Administration', 62000, 90000],
  [11, 'Director of Engineering', 'Engineering', 185000, 250000],
  [12, 'Engineering Manager', 'Engineering', 160000, 215000],
  [13, 'Staff Software Engineer', 'Engineering', 170000, 230000],
  [14, 'Senior Software Engineer', 'Engineering', 140000, 190000],
  [15, 'Software Engineer', 'Engineering', 105000, 150000],
  [16, 'Associate Software Engineer', 'Engineering', 80000, 110000],
  [17, 'Software Engineering Intern', 'Engineering', 44000, 60000],
  [18, 'Site Reliability Engineer', 'Engineering', 125000, 180000],
  [19, 'QA Engineer', 'Engineering', 78000, 120000],
  [20, 'QA Lead', 'Engineering', 105000, 140000],
  [21, 'Security Engineer', 'Engineering', 130000, 185000],
  [22, 'IT Support Specialist', 'Information Technology', 52000, 78000],
  [23, 'IT Manager', 'Information Technology', 115000, 155000],
  [24, 'Director of Data', 'Data', 175000, 235000],
  [25, 'Analytics Manager', 'Data', 140000, 185000],
  [26, 'Data Engineer', 'Data', 115000, 165000],
  [27, 'Data Analyst', 'Data', 72000, 110000],
  [28, 'Senior Data Analyst', 'Data', 98000, 135000],
  [29, 'Data Scientist', 'Data', 120000, 175000],
  [30, 'Group Product Manager', 'Product', 175000, 230000],
  [31, 'Senior Product Manager', 'Product', 150000, 200000],
  [32, 'Product Manager', 'Product', 120000, 165000],
  [33, 'Associate Product Manager', 'Product', 88000, 115000],
  [34, 'Design Director', 'Design', 165000, 215000],
  [35, 'Design Manager', 'Design', 135000, 175000],
  [36, 'Senior Product Designer', 'Design', 120000, 160000],
  [37, 'Product Designer', 'Design', 92000, 130000],
  [38, 'VP of Sales', 'Sales', 200000, 270000],
  [39, 'Sales Manager', 'Sales', 125000, 170000],
  [40, 'Senior Account Executive', 'Sales', 95000, 135000],
  [41, 'Account Executive', 'Sales', 70000, 105000],
  [42, 'SDR Team Lead', 'Sales', 68000, 90000],
  [43, 'Sales Development Representative', 'Sales', 50000, 68000],
  [44, 'Sales Operations Analyst', 'Sales', 70000, 98000],
  [45, 'Director of Customer Success', 'Customer Success', 150000, 195000],
  [46, 'Customer Success Manager', 'Customer Success', 72000, 110000],
  [47, 'Customer Success Team Lead', 'Customer Success', 98000, 130000],
  [48, 'Director of Customer Support', 'Customer Support', 130000, 170000],
  [49, 'Support Manager', 'Customer Support', 85000, 115000],
  [50, 'Support Team Lead', 'Customer Support', 62000, 82000],
  [51, 'Support Specialist', 'Customer Support', 42000, 62000],
  [52, 'Director of Marketing', 'Marketing', 160000, 210000],
  [53, 'Marketing Manager', 'Marketing', 105000, 145000],
  [54, 'Marketing Specialist', 'Marketing', 62000, 92000],
  [55, 'Content Writer', 'Marketing', 58000, 85000],
  [56, 'Controller', 'Finance', 160000, 205000],
  [57, 'FP&A Manager', 'Finance', 135000, 175000],
  [58, 'Accountant', 'Finance', 68000, 98000],
  [59, 'Financial Analyst', 'Finance', 75000, 110000],
  [60, 'Payroll Specialist', 'Finance', 60000, 82000],
  [61, 'Senior Counsel', 'Legal', 170000, 225000],
  [62, 'Paralegal', 'Legal', 62000, 88000],
  [63, 'HR Business Partner Lead', 'People', 130000, 170000],
  [64, 'HR Business Partner', 'People', 85000, 120000],
  [65, 'HR Generalist', 'People', 60000, 85000],
  [66, 'Talent Acquisition Manager', 'People', 120000, 160000],
  [67, 'Recruiter', 'People', 68000, 98000],
  [68, 'Recruiting Coordinator', 'People', 50000, 66000],
  [69, 'Facilities Manager', 'Facilities', 88000, 120000],
  [70, 'Facilities Coordinator', 'Facilities', 45000, 62000],
  [71, 'Internal Auditor', 'Finance', 85000, 120000],
  [72, 'Sustainability Lead', 'Operations', 95000, 130000],
  [73, 'QA Manager', 'Engineering', 120000, 160000],
]
const jobs = jobRows.map(([job_id, job_title, job_family, min, max]) => ({
  job_id, job_title, job_family, min_salary: min, max_salary: max,
}))
const jobById = Object.fromEntries(jobs.map((j) => [j.job_id, j]))
const J = Object.fromEntries(jobs.map((j) => [j.job_title, j.job_id]))

// Commission ranges (fractions) for sales roles; everyone else has NULL commission_pct.
const commissionRange = {
  [J['Chief Revenue Officer']]: [0.02, 0.03],
  [J['VP of Sales']]: [0.03, 0.05],
  [J['Sales Manager']]: [0.05, 0.08],
  [J['Senior Account Executive']]: [0.1, 0.15],
  [J['Account Executive']]: [0.08, 0.12],
  [J['SDR Team Lead']]: [0.05, 0.07],
  [J['Sales Development Representative']]: [0.04, 0.06],
}

// Career ladders: the job someone may have been hired into before being promoted.
const promotedFrom = {
  [J['Engineering Manager']]: J['Senior Software Engineer'],
  [J['Staff Software Engineer']]: J['Senior Software Engineer'],
  [J['Senior Software Engineer']]: J['Software Engineer'],
  [J['Software Engineer']]: J['Associate Software Engineer'],
  [J['QA Lead']]: J['QA Engineer'],
  [J['Senior Data Analyst']]: J['Data Analyst'],
  [J['Analytics Manager']]: J['Senior Data Analyst'],
  [J['Senior Product Manager']]: J['Product Manager'],
  [J['Product Manager']]: J['Associate Product Manager'],
  [J['Senior Product Designer']]: J['Product Designer'],
  [J['Design Manager']]: J['Senior Product Designer'],
  [J['Sales Manager']]: J['Senior Account Executive'],
  [J['Senior Account Executive']]: J['Account Executive'],
  [J['Account Executive']]: J['Sales Development Representative'],
  [J['SDR Team Lead']]: J['Sales Development Representative'],
  [J['Customer Success Team Lead']]: J['Customer Success Manager'],
  [J['Support Team Lead']]: J['Support Specialist'],
  [J['Support Manager']]: J['Support Team Lead'],
  [J['Marketing Manager']]: J['Marketing Specialist'],
  [J['Recruiter']]: J['Recruiting Coordinator'],
  [J['HR Business Partner']]: J['HR Generalist'],
  [J['Financial Analyst']]: J['Accountant'],
}

// ================================================================= org chart
const FIRST = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adebayo', 'Aditi', 'Adrian', 'Aisha', 'Alejandro', 'Alex', 'Alina', 'Amara', 'Amir',
  'Ana', 'Andre', 'Andrea', 'Anika', 'Ben', 'Bianca', 'Brandon', 'Bruno', 'Caleb', 'Camila', 'Carlos', 'Catherine',
  'Chen', 'Chloe', 'Chidi', 'Ciara', 'Connor', 'Daniel', 'Daniela', 'David', 'Deepa', 'Diego', 'Dmitri', 'Elena',
  'Eli', 'Emily', 'Emma', 'Erik', 'Esther', 'Ethan', 'Fatima', 'Felix', 'Fiona', 'Gabriel', 'Grace', 'Hana',
  'Hannah', 'Harper', 'Hiroshi', 'Ian', 'Imani', 'Ines', 'Isaac', 'Isabel', 'Jack', 'Jamal', 'James', 'Jasmine',
  'Javier', 'Jin', 'Joana', 'Jordan', 'José', 'Julia', 'Kai', 'Karan', 'Katarzyna', 'Kenji', 'Kevin', 'Kofi',
  'Laila', 'Laura', 'Leah', 'Leo', 'Liam', 'Lucas', 'Lucía', 'Maeve', 'Malik', 'Maria', 'Marcus', 'Mateo',
  'Maya', 'Mei', 'Michael', 'Miguel', 'Mia', 'Nadia', 'Naveen', 'Niamh', 'Nina', 'Noah', 'Nora', 'Oliver',
  'Omar', 'Owen', 'Pablo', 'Priya', 'Rafael', 'Rahul', 'Rebecca', 'Renee', 'Rohan', 'Rosa', 'Ryan', 'Sam',
  'Samira', 'Sara', 'Sean', 'Sofia', 'Sophie', 'Sunil', 'Tariq', 'Tessa', 'Thomas', 'Tomás', 'Valentina', 'Victor',
  'Wei', 'Yara', 'Yusuf', 'Zara', 'Zoe', 'Lena', 'Hugo', 'Ingrid', 'Rui', 'Siobhan',
]
const LAST = [
  'Abara', 'Adeyemi', 'Ahmed', 'Alvarez', 'Andersen', 'Bailey', 'Banerjee', 'Barros', 'Becker', 'Bennett', 'Brennan',
  'Brooks', 'Byrne', 'Campbell', 'Carvalho', 'Castillo', 'Chandra', 'Chen', 'Coleman', 'Costa', 'Cruz', 'Dasgupta',
  'Delgado', 'Desai', 'Diaz', 'Dubois', 'Duarte', 'Ellis', 'Evans', 'Farouk', 'Ferreira', 'Fischer', 'Flores',
  'Foster', 'Gallagher', 'Garcia', 'Gomes', 'Gonzalez', 'Grant', 'Gupta', 'Hale', 'Hansen', 'Harris', 'Hayes',
  'Hernandez', 'Hughes', 'Ibrahim', 'Iyer', 'Jackson', 'Jensen', 'Johnson', 'Kapoor', 'Kaur', 'Kelly', 'Khan',
  'Kim', 'Kowalski', 'Kumar', 'Lambert', 'Larsen', 'Lee', 'Lopez', 'Lynch', 'Martin', 'Martins', 'McCarthy',
  'Mehta', 'Mendes', 'Mensah', 'Meyer', 'Miller', 'Mitchell', 'Moreno', 'Murphy', 'Murray', 'Nair', 'Nakamura',
  'Nguyen', 'Novak', "O'Brien", "O'Connor", 'Okafor', 'Oliveira', 'Ortiz', 'Osei', 'Park', 'Patel', 'Pereira',
  'Perez', 'Petrov', 'Pham', 'Quinn', 'Ramirez', 'Rao', 'Reddy', 'Reyes', 'Ribeiro', 'Rivera', 'Roberts', 'Rodrigues',
  'Romero', 'Rossi', 'Ryan', 'Saito', 'Santos', 'Schmidt', 'Sharma', 'Silva', 'Singh', 'Sousa', 'Stewart', 'Sullivan',
  'Suzuki', 'Tan', 'Taylor', 'Thompson', 'Torres', 'Tran', 'Turner', 'Vasquez', 'Vieira', 'Walsh', 'Wang', 'Watson',
  'Weber', 'Williams', 'Wong', 'Wu', 'Yamamoto', 'Yilmaz', 'Young', 'Zhang', 'Zielinski', 'Nguyen-Tran', 'Lloyd-Davies',
]

const people = [] // internal records, in org-chart (pre-order) creation order
function add(mgr, dept, job, opts = {}) {
  const p = {
    idx: people.length,
    mgr, // index of manager or null
    level: mgr === null ? 1 : people[mgr].level + 1,
    dept,
    job,
    type: opts.type ?? 'full_time',
    reports: [],
    hireMin: opts.hireMin ?? null,
    hireMax: opts.hireMax ?? null,
  }
  people.push(p)
  if (mgr !== null) people[mgr].reports.push(p.idx)
  return p.idx
}
// ICs under a lead: jobs chosen by weight
function ics(mgr, dept, n, jobWeights) {
  const ids = jobWeights.map((x) => x[0])
  const ws = jobWeights.map((x) => x[1])
  const out = []
  for (let i = 0; i < n; i++) out.push(add(mgr, dept, pickWeighted(ids, ws)))
  return out
}

// Level 1 and 2
const ceo = add(null, 1, J['Chief Executive Officer'])
const cos = add(ceo, 1, J['Chief of Staff'])
for (let i = 0; i < 2; i++) add(cos, 1, J['Executive Assistant'])
const cto = add(ceo, 2, J['Chief Technology Officer'])
const cpo = add(ceo, 8, J['Chief Product Officer'])
const cro = add(ceo, 10, J['Chief Revenue Officer'])
const cfo = add(ceo, 15, J['Chief Financial Officer'])
const gc = add(ceo, 16, J['General Counsel'])
const chro = add(ceo, 17, J['Chief People Officer'])

// Engineering (Platform and Product): Director -> EM -> tech lead -> engineers (-> interns)
const engManagers = []
const engineersForInterns = []
function engineeringOrg(dept, nEMs) {
  const dir = add(cto, dept, J['Director of Engineering'])
  for (let m = 0; m < nEMs; m++) {
    const em = add(dir, dept, J['Engineering Manager'])
    engManagers.push(em)
    const nLeads = chance(0.35) ? 1 : 2
    for (let l = 0; l < nLeads; l++) {
      const lead = add(em, dept, chance(0.55) ? J['Staff Software Engineer'] : J['Senior Software Engineer'])
      const devs = ics(lead, dept, randInt(3, 6), [
        [J['Senior Software Engineer'], 3], [J['Software Engineer'], 5], [J['Associate Software Engineer'], 2],
      ])
      for (const dv of devs) if (people[dv].job !== J['Associate Software Engineer']) engineersForInterns.push(dv)
    }
    if (chance(0.5)) ics(em, dept, 1, [[J['Senior Software Engineer'], 1]]) // a senior reporting straight to the EM
  }
  return dir
}
engineeringOrg(2, 3)
engineeringOrg(3, 4)
{ // Infrastructure & Reliability
  const dir = add(cto, 4, J['Director of Engineering'])
  for (let m = 0; m < 2; m++) {
    const em = add(dir, 4, J['Engineering Manager'])
    ics(em, 4, randInt(5, 7), [[J['Site Reliability Engineer'], 5], [J['Senior Software Engineer'], 1]])
  }
}
{ // QA
  const mgr = add(cto, 5, J['QA Manager'])
  for (let l = 0; l < 2; l++) {
    const lead = add(mgr, 5, J['QA Lead'])
    ics(lead, 5, randInt(4, 6), [[J['QA Engineer'], 1]])
  }
}
{ // IT & Security
  const mgr = add(cto, 7, J['IT Manager'])
  ics(mgr, 7, randInt(4, 5), [[J['IT Support Specialist'], 1]])
  ics(mgr, 7, 3, [[J['Security Engineer'], 1]])
}
{ // Data & Analytics
  const dir = add(cto, 6, J['Director of Data'])
  const am = add(dir, 6, J['Analytics Manager'])
  ics(am, 6, randInt(7, 9), [[J['Data Analyst'], 4], [J['Senior Data Analyst'], 3], [J['Data Scientist'], 2]])
  const de = add(dir, 6, J['Engineering Manager'])
  ics(de, 6, randInt(5, 7), [[J['Data Engineer'], 4], [J['Data Scientist'], 1]])
}
// Product & Design
for (let g = 0; g < 3; g++) {
  const gpm = add(cpo, 8, J['Group Product Manager'])
  const pms = ics(gpm, 8, randInt(3, 4), [[J['Senior Product Manager'], 2], [J['Product Manager'], 3]])
  if (chance(0.7)) add(pick(pms), 8, J['Associate Product Manager'])
}
{
  const dd = add(cpo, 9, J['Design Director'])
  for (let m = 0; m < 2; m++) {
    const dm = add(dd, 9, J['Design Manager'])
    ics(dm, 9, randInt(4, 6), [[J['Senior Product Designer'], 2], [J['Product Designer'], 3]])
  }
}
// Revenue: Sales NA, Sales EMEA, Customer Success, Support, Marketing
function salesOrg(dept, nManagers) {
  const vp = add(cro, dept, J['VP of Sales'])
  for (let m = 0; m < nManagers; m++) {
    const sm = add(vp, dept, J['Sales Manager'])
    ics(sm, dept, randInt(4, 6), [[J['Senior Account Executive'], 2], [J['Account Executive'], 5]])
    if (m % 2 === 0) {
      const lead = add(sm, dept, J['SDR Team Lead'])
      ics(lead, dept, randInt(4, 6), [[J['Sales Development Representative'], 1]])
    }
  }
  return vp
}
const vpNA = salesOrg(10, 4)
ics(vpNA, 10, 2, [[J['Sales Operations Analyst'], 1]])
salesOrg(11, 2)
{
  const dir = add(cro, 12, J['Director of Customer Success'])
  for (let m = 0; m < 3; m++) {
    const tl = add(dir, 12, J['Customer Success Team Lead'])
    ics(tl, 12, randInt(4, 6), [[J['Customer Success Manager'], 1]])
  }
}
{
  const dir = add(cro, 13, J['Director of Customer Support'])
  for (let m = 0; m < 2; m++) {
    const sm = add(dir, 13, J['Support Manager'])
    for (let l = 0; l < 2; l++) {
      const tl = add(sm, 13, J['Support Team Lead'])
      for (let i = 0, n = randInt(4, 7); i < n; i++) add(tl, 13, J['Support Specialist'], { type: chance(0.2) ? 'part_time' : 'full_time' })
    }
  }
}
{
  const dir = add(cro, 14, J['Director of Marketing'])
  for (let m = 0; m < 3; m++) {
    const mm = add(dir, 14, J['Marketing Manager'])
    ics(mm, 14, randInt(2, 4), [[J['Marketing Specialist'], 3], [J['Content Writer'], 1]])
  }
}
// Finance & Legal
{
  const ctl = add(cfo, 15, J['Controller'])
  ics(ctl, 15, 4, [[J['Accountant'], 1]])
  ics(ctl, 15, 2, [[J['Payroll Specialist'], 1]])
  const fpa = add(cfo, 15, J['FP&A Manager'])
  ics(fpa, 15, 3, [[J['Financial Analyst'], 1]])
  for (let i = 0; i < 2; i++) {
    const sc = add(gc, 16, J['Senior Counsel'])
    add(sc, 16, J['Paralegal'])
  }
}
// People, Talent Acquisition, Facilities
const hrbpLead = add(chro, 17, J['HR Business Partner Lead'])
ics(hrbpLead, 17, 4, [[J['HR Business Partner'], 1]])
ics(hrbpLead, 17, 2, [[J['HR Generalist'], 1]])
{
  const ta = add(chro, 18, J['Talent Acquisition Manager'])
  const recs = ics(ta, 18, 6, [[J['Recruiter'], 1]])
  add(recs[0], 18, J['Recruiting Coordinator'])
  add(recs[3], 18, J['Recruiting Coordinator'])
  const fm = add(chro, 19, J['Facilities Manager'])
  for (let i = 0; i < 4; i++) add(fm, 19, J['Facilities Coordinator'], { type: i === 3 ? 'part_time' : 'full_time' })
}
// Summer interns: 2025 cohort (current) and 2023/2024 cohorts (terminated at the end of August)
const internMentors = shuffle(engineersForInterns.slice())
const pastInterns = []
for (let i = 0; i < 7; i++) {
  const m = internMentors[i]
  add(m, people[m].dept, J['Software Engineering Intern'], { type: 'intern', hireMin: d('2025-05-12'), hireMax: d('2025-06-09') })
}
for (let i = 0; i < 5; i++) {
  const m = internMentors[7 + i]
  const year = i < 2 ? 2023 : 2024
  pastInterns.push(add(m, people[m].dept, J['Software Engineering Intern'], {
    type: 'intern', hireMin: d(`${year}-05-15`), hireMax: d(`${year}-06-10`),
  }))
}
// Contractors (no department) and brand-new hires not yet placed in a department
const contractors = []
for (let i = 0; i < 5; i++) {
  const em = engManagers[(i * 3) % engManagers.length]
  const job = i === 4 ? J['Product Designer'] : pick([J['Software Engineer'], J['Senior Software Engineer']])
  contractors.push(add(em, null, job, { type: 'contractor', hireMin: d('2023-06-01'), hireMax: d('2025-05-01') }))
}
const unplaced = []
for (const job of [J['Software Engineer'], J['Data Analyst'], J['Account Executive']]) {
  unplaced.push(add(hrbpLead, null, job, { hireMin: d('2025-06-16'), hireMax: LAST_HIRE }))
}

// ================================================================= hire dates
const byLevelDelay = { 1: [0, 0], 2: [0, 150], 3: [20, 420], 4: [40, 700] }
for (const p of people) {
  let lo, hi
  if (p.hireMin !== null) {
    lo = p.hireMin
    hi = p.hireMax
  } else {
    const deptLo = p.dept ? deptEarliest(p.dept) : START
    const [a, b] = byLevelDelay[Math.min(p.level, 4)]
    lo = Math.max(START, deptLo) + a
    hi = p.level <= 4 ? Math.max(START, deptLo) + b : LAST_HIRE - 21
    if (p.level >= 5) lo = Math.max(lo, deptLo + 30)
  }
  // ICs skew slightly towards the earlier part of their window (growth in 2022-2023)
  const u = p.level >= 4 && p.hireMin === null ? Math.pow(random(), 1.15) : random()
  let h = lo + Math.floor(u * (hi - lo + 1))
  h = p.level === 1 ? START : nextMonday(h)
  if (h > LAST_HIRE) h = LAST_HIRE
  p.hire = h
}
// A manager hired after a report is realistic (backfills, re-orgs) but keep it a minority:
for (const p of people) {
  if (p.mgr === null || p.hireMin !== null) continue
  const m = people[p.mgr]
  if (p.hire < m.hire && chance(0.8)) p.hire = nextMonday(m.hire + randInt(7, 160))
  if (p.hire > LAST_HIRE) p.hire = LAST_HIRE
}

// ================================================================= terminations (individual contributors only)
for (const i of pastInterns) people[i].term = prevFriday(d(`${fmt(people[i].hire).slice(0, 4)}-08-29`))
{
  const leafCandidates = people.filter((p) => p.reports.length === 0 && p.type !== 'intern' && p.dept !== null && p.hire < d('2025-01-15') && p.level >= 4)
  shuffle(leafCandidates)
  for (const p of leafCandidates.slice(0, 24)) {
    const lo = p.hire + 100
    const hi = END - 7
    if (lo >= hi) continue
    p.term = toWeekday(lo + Math.floor(random() * (hi - lo)))
  }
}
for (const i of contractors.slice(0, 1)) people[i].term = toWeekday(people[i].hire + 240)

// ================================================================= names and emails
const usedNames = new Set()
for (const p of people) {
  let f, l
  do {
    f = pick(FIRST)
    l = pick(LAST)
  } while (usedNames.has(f + ' ' + l))
  usedNames.add(f + ' ' + l)
  p.first = f
  p.last = l
}
// Two different people sharing a full name (three such pairs, different departments and hire dates)
{
  const pairs = [[12, 231], [57, 318], [140, 377]]
  for (const [a, b] of pairs) {
    const A = people[Math.min(a, people.length - 1)]
    const B = people[Math.min(b, people.length - 1)]
    B.first = A.first
    B.last = A.last
  }
}

// ================================================================= ids (employee_id in hire order, ties broken by creation order)
const byHire = people.slice().sort((a, b) => a.hire - b.hire || a.idx - b.idx)
byHire.forEach((p, i) => (p.id = 1001 + i))
const emailCount = {}
for (const p of byHire) {
  const base = (p.first + '.' + p.last).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z.]/g, '')
  emailCount[base] = (emailCount[base] ?? 0) + 1
  p.email = `${base}${emailCount[base] > 1 ? emailCount[base] : ''}@fernhillsystems.com`
}

// ================================================================= performance reviews
// Annual reviews for 2022, 2023, 2024, held Jan-Feb of the following year.
const latent = new Map(people.map((p) => [p.idx, random()]))
function drawRating(p) {
  const base = latent.get(p.idx)
  const x = base * 0.65 + random() * 0.35
  if (x < 0.13) return 1
  if (x < 0.27) return 2
  if (x < 0.53) return 3
  if (x < 0.74) return 4
  return 5
}
const reviewsRaw = []
const skipAll = new Set()
{ // a few long-tenured staff whose reviews were simply never filed
  const cands = people.filter((p) => p.level >= 5 && p.hire < d('2023-06-01') && p.type === 'full_time' && !p.term)
  shuffle(cands)
  for (const p of cands.slice(0, 6)) skipAll.add(p.idx)
}
for (const year of [2022, 2023, 2024]) {
  for (const p of byHire) {
    if (p.level === 1 || p.type === 'contractor' || p.type === 'intern') continue
    if (p.hire > d(`${year}-09-30`)) continue
    const revDate = toWeekday(d(`${year + 1}-01-13`) + randInt(0, 45))
    if (p.term && p.term < revDate) continue
    if (skipAll.has(p.idx) || chance(0.07)) continue
    let r = people[p.mgr]
    while (r.hire > revDate && r.mgr !== null) r = people[r.mgr]
    const rating = drawRating(p)
    reviewsRaw.push({ p, year, revDate, reviewer: r, rating })
  }
}
reviewsRaw.sort((a, b) => a.revDate - b.revDate || a.p.id - b.p.id)
const ratingOf = new Map(reviewsRaw.map((r) => [`${r.p.idx}:${r.year}`, r.rating]))

// ================================================================= salary history
function startingSalary(job, type, level) {
  const j = jobById[job]
  const u = Math.pow(random(), 1.3) * (level <= 2 ? 0.5 : 0.85) // more people near the bottom of the band
  const raw = j.min_salary + u * (j.max_salary - j.min_salary)
  // offers are quoted in round numbers: steps of 5,000 from 100k up, 2,500 below that
  let s = roundTo(raw, raw >= 100000 ? 5000 : 2500)
  if (type === 'part_time') s = roundTo(s * 0.6, 500)
  return s
}
// merit matrix: raise percentage by last year's rating (no review on file: 2%)
const MERIT = { 5: [0.07, 0.08], 4: [0.05, 0.05, 0.045], 3: [0.03, 0.03, 0.025], 2: [0.01], 1: [0] }
const history = []
// three long-tenured individual contributors moved to a lower-paid role (a salary decrease, same job title)
const roleChangers = new Set(
  shuffle(people.filter((p) => p.type === 'full_time' && p.level >= 5 && p.reports.length === 0 && !p.term && p.hire < d('2023-03-01')))
    .slice(0, 3).map((p) => p.idx),
)
for (const p of byHire) {
  const last = p.term ?? END
  const events = []
  // hire job: maybe one rung below the current job
  let hireJob = p.job
  const canPromote = promotedFrom[p.job] && last - p.hire > 330 && p.type === 'full_time'
  let promoDate = null
  if (canPromote && chance(0.4)) {
    hireJob = promotedFrom[p.job]
    promoDate = p.hire + randInt(300, last - p.hire - 20)
    promoDate = toWeekday(promoDate)
    if (fmt(promoDate).slice(5) === '04-01') promoDate += 1
  }
  let salary = startingSalary(hireJob, p.type, p.level)
  if (p.level === 1) salary = 320000
  events.push({ date: p.hire, job: hireJob, salary, reason: 'hire' })
  let job = hireJob
  const merits = [2023, 2024, 2025].map((y) => d(`${y}-04-01`))
  const marketAdj = p.type !== 'intern' && p.level > 2 && chance(0.07) ? toWeekday(p.hire + randInt(200, 900)) : null
  const roleChange = roleChangers.has(p.idx) ? toWeekday(p.hire + randInt(250, 450)) : null
  const dates = []
  for (const m of merits) dates.push({ date: m, kind: 'merit' })
  if (promoDate) dates.push({ date: promoDate, kind: 'promotion' })
  if (marketAdj) dates.push({ date: marketAdj, kind: 'market_adjustment' })
  if (roleChange) dates.push({ date: roleChange, kind: 'role_change' })
  dates.sort((a, b) => a.date - b.date)
  const seen = new Set([p.hire])
  for (const ev of dates) {
    if (ev.date <= p.hire || ev.date > last || seen.has(ev.date)) continue
    if (p.type === 'intern') continue
    let next = salary
    if (ev.kind === 'merit') {
      const year = +fmt(ev.date).slice(0, 4)
      if (p.hire > d(`${year - 1}-10-01`)) continue
      if (p.type === 'contractor') {
        if (chance(0.5)) continue
        next = roundTo(salary * (1 + 0.03 + random() * 0.03), 1000)
      } else {
        const r = ratingOf.get(`${p.idx}:${year - 1}`)
        const pct = r === undefined ? 0.02 : pick(MERIT[r])
        next = roundTo(salary * (1 + pct), 500)
      }
      if (next <= salary) continue // no raise this cycle: no row
    } else if (ev.kind === 'promotion') {
      job = p.job
      const j = jobById[job]
      next = Math.max(roundTo(salary * (1.08 + random() * 0.07), 1000), j.min_salary + roundTo(random() * 8000, 1000))
    } else if (ev.kind === 'market_adjustment') {
      next = roundTo(salary * (1.05 + random() * 0.05), 1000)
    } else if (ev.kind === 'role_change') {
      next = roundTo(salary * (0.88 + random() * 0.06), 1000)
    }
    salary = next
    seen.add(ev.date)
    events.push({ date: ev.date, job, salary, reason: ev.kind })
  }
  p.job = job // promotion may have been skipped if its date was invalid
  p.salary = salary
  p.events = events
}
// 2025-05-01 pay harmonization (outcome of the "Compensation Framework" project): within each
// department and job, salaried peers whose pay is within 4% of each other are levelled up to the
// highest of them. This is where most salary ties among peers come from.
{
  const H = d('2025-05-01')
  const groups = new Map()
  for (const p of byHire) {
    if (p.type !== 'full_time' || p.dept === null || p.level <= 2 || p.hire >= H || (p.term && p.term < H)) continue
    if (p.events.some((e) => e.date >= H)) continue
    const key = `${p.dept}:${p.job}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(p)
  }
  for (const g of groups.values()) {
    g.sort((a, b) => b.salary - a.salary || a.id - b.id)
    let top = null
    for (const p of g) {
      if (top === null || p.salary < top * 0.96) { top = p.salary; continue }
      if (p.salary < top) {
        p.events.push({ date: H, job: p.job, salary: top, reason: 'market_adjustment' })
        p.salary = top
      }
    }
  }
}
for (const p of byHire) {
  for (const e of p.events) history.push({ employee_id: p.id, effective_date: fmt(e.date), job_id: e.job, salary: money(e.salary), change_reason: e.reason })
}

// ================================================================= commission, remote flag
for (const p of people) {
  const cr = commissionRange[p.job]
  p.commission = cr && p.type !== 'contractor' ? (Math.round((cr[0] + random() * (cr[1] - cr[0])) * 100) / 100).toFixed(2) : null
  if (cr && chance(0.08)) p.commission = null // a few sales staff on a draw with no commission plan yet
  p.remote = p.dept === 9 || p.type === 'contractor' ? true : chance(0.18)
}

// ================================================================= projects
// [name, owner dept, staffing depts, start, end|null, status, budget|null]
const projectSpecs = [
  ['Billing Service Rewrite', 2, [2, 3, 5, 8], '2022-05-02', '2023-03-31', 'completed', 820000],
  ['Kubernetes Migration', 4, [4, 2], '2022-06-13', '2023-06-30', 'completed', 540000],
  ['Self-Serve Onboarding', 3, [3, 8, 9, 5], '2022-09-05', '2023-06-30', 'completed', 460000],
  ['Data Warehouse Build-out', 6, [6, 2], '2022-10-03', '2023-09-29', 'completed', 610000],
  ['Mobile App 1.0', 3, [3, 9, 8, 5], '2022-08-15', '2023-05-31', 'completed', 730000],
  ['SOC 2 Type I Audit', 7, [7, 4, 16, 2], '2022-09-05', '2023-01-31', 'completed', 150000],
  ['Brand Refresh', 14, [14, 9], '2022-11-07', '2023-04-28', 'completed', 210000],
  ['Payroll Provider Switch', 15, [15, 17, 7], '2022-12-05', '2023-03-31', 'completed', 95000],
  ['Customer Health Score', 12, [12, 6, 8], '2023-02-06', '2023-10-31', 'completed', 180000],
  ['EMEA Market Launch', 11, [11, 14, 16, 12], '2023-02-06', '2023-12-22', 'completed', 650000],
  ['Search Relevance Improvements', 3, [3, 6, 8], '2023-03-06', '2023-12-15', 'completed', 390000],
  ['Support Knowledge Base', 13, [13, 14, 9], '2023-03-13', '2023-08-31', 'completed', 70000],
  ['Observability Platform', 4, [4, 2, 3], '2023-04-03', '2024-02-29', 'completed', 420000],
  ['Partner API v1', 2, [2, 3, 8, 5], '2023-05-01', '2023-11-30', 'cancelled', 300000],
  ['Recruiting ATS Rollout', 18, [18, 17, 7], '2023-06-05', '2023-09-29', 'completed', 60000],
  ['SOC 2 Type II Audit', 7, [7, 4, 16, 2, 15], '2023-07-03', '2024-06-28', 'completed', 240000],
  ['Mobile App 2.0', 3, [3, 9, 8, 5], '2023-08-07', '2024-07-31', 'completed', 880000],
  ['Pricing & Packaging Revamp', 8, [8, 10, 14, 15, 6], '2023-09-04', '2024-03-29', 'completed', 140000],
  ['ERP Implementation', 15, [15, 7, 6], '2023-10-02', '2024-09-30', 'completed', 510000],
  ['Lisbon Office Expansion', 19, [19, 7, 13], '2023-10-16', '2024-02-16', 'completed', 330000],
  ['Usage-Based Billing', 2, [2, 3, 6, 15, 5], '2024-01-08', '2024-12-20', 'completed', 760000],
  ['Sales Enablement Portal', 10, [10, 14, 6, 11], '2024-02-05', '2024-08-30', 'completed', 120000],
  ['Churn Prediction Model', 6, [6, 12], '2024-03-04', '2024-11-29', 'completed', 210000],
  ['Design System 2.0', 9, [9, 3, 8], '2024-03-18', null, 'active', 260000],
  ['Zero Trust Network Access', 7, [7, 4], '2024-04-01', null, 'active', 310000],
  ['Multi-Region Deployment', 4, [4, 2, 3], '2024-05-06', null, 'active', 950000],
  ['Employee Engagement Survey', 17, [17, 6], '2024-06-03', '2024-10-31', 'completed', null],
  ['AI Assistant Beta', 3, [3, 6, 8, 9, 5], '2024-07-01', null, 'active', 1200000],
  ['Partner API v2', 2, [2, 3, 8, 5], '2024-08-05', null, 'on_hold', 450000],
  ['Customer Advisory Board', 12, [12, 8, 14], '2024-09-02', null, 'active', null],
  ['Data Platform Modernization', 6, [6, 2, 4], '2024-10-07', null, 'active', 680000],
  ['Support Automation', 13, [13, 6, 3], '2024-11-04', null, 'active', 230000],
  ['Compensation Framework', 17, [17, 15], '2025-01-06', '2025-04-30', 'completed', null],
  ['APAC Expansion Study', 1, [1, 10, 15, 16], '2025-02-03', null, 'active', 90000],
  ['Mobile App 3.0', 3, [3, 9, 8, 5], '2025-03-03', null, 'active', 970000],
  ['Quarterly Close Automation', 15, [15, 6, 7], '2025-04-07', null, 'active', 85000],
  ['Office Sustainability Audit', 23, [23, 19], '2025-06-16', null, 'active', null],
  ['Accessibility Compliance Review', 9, [9, 3, 16], '2025-06-23', null, 'active', 60000],
]
const projects = projectSpecs.map(([name, dept, staff, start, end, status, budget], i) => ({
  project_id: 101 + i, project_name: name, department_id: dept, staff, start: d(start), end: end ? d(end) : null,
  start_date: start, end_date: end, status, budget: budget === null ? null : money(budget),
}))

// ================================================================= project assignments
const assignmentsRaw = []
const heavyDepts = new Set([2, 3, 4, 5, 6, 8, 9])
for (const p of byHire) {
  if (p.level <= 2 && p.dept !== 1) {
    if (!chance(0.5)) continue
  }
  const dept = p.dept ?? 3 // contractors / unplaced hires work with Product Engineering
  const n = heavyDepts.has(dept) || p.type === 'contractor' ? randInt(2, 8) : pickWeighted([0, 1, 2, 3, 4], [3, 4, 3, 2, 1])
  const lastDay = p.term ?? END
  let cursor = p.hire + randInt(5, 50)
  let prevProject = null
  let ongoing = 0
  for (let k = 0; k < n; k++) {
    if (cursor > lastDay - 5) break
    const cands = projects.filter((pr) => pr.staff.includes(dept) && pr.start <= lastDay - 5 && (pr.end === null || pr.end >= cursor + 14) && pr.project_id !== prevProject)
    if (cands.length === 0) break
    const pr = pickWeighted(cands, cands.map((c) => (c.department_id === dept ? 3 : 1)))
    const s = Math.max(cursor, pr.start)
    if (s > lastDay) break
    let e = s + (chance(0.6) ? randInt(30, 150) : randInt(150, 330))
    const cap = Math.min(pr.end ?? Infinity, p.term ?? Infinity)
    let end = e
    if (end >= cap) end = cap
    if (end > END) end = null // still ongoing as of 2025-06-30
    if (end !== null && end < s) break
    const isLeadish = p.reports.length > 0
    const role = isLeadish && chance(0.6) ? 'lead' : pickWeighted(['contributor', 'reviewer', 'advisor'], [14, 3, 1])
    const alloc = role === 'advisor' || role === 'reviewer' ? pick([10, 10, 20, 25]) : pick([100, 100, 80, 50, 50, 50, 40, 25])
    assignmentsRaw.push({ p, pr, s, end, role, alloc })
    prevProject = pr.project_id
    if (end === null) {
      ongoing++
      if (ongoing < 2 && chance(0.45)) { cursor = s + randInt(20, 120); continue } // a second concurrent ongoing assignment
      break
    }
    const g = random()
    if (g < 0.25) cursor = Math.max(s + 7, end - randInt(10, 60)) // overlap with the previous assignment
    else if (g < 0.45) cursor = end + 1 // back-to-back
    else cursor = end + randInt(2, 120) // gap
  }
}
assignmentsRaw.sort((a, b) => a.s - b.s || a.p.id - b.p.id || a.pr.project_id - b.pr.project_id)
const seenAssign = new Set()
const assignments = []
for (const a of assignmentsRaw) {
  const key = `${a.p.id}:${a.pr.project_id}:${a.s}`
  if (seenAssign.has(key)) continue
  seenAssign.add(key)
  assignments.push({
    assignment_id: assignments.length + 1, project_id: a.pr.project_id, employee_id: a.p.id, role: a.role,
    start_date: fmt(a.s), end_date: a.end === null ? null : fmt(a.end), allocation_pct: a.alloc,
  })
}

// ================================================================= write CSVs
writeCsv('locations', ['location_id', 'office_name', 'city', 'state_province', 'country_code', 'opened_date'], locations)
writeCsv('departments', ['department_id', 'department_name', 'location_id', 'cost_center', 'created_date'], departments)
writeCsv('jobs', ['job_id', 'job_title', 'job_family', 'min_salary', 'max_salary'],
  jobs.map((j) => ({ ...j, min_salary: money(j.min_salary), max_salary: money(j.max_salary) })))
writeCsv('employees', ['employee_id', 'first_name', 'last_name', 'email', 'hire_date', 'termination_date', 'job_id',
  'department_id', 'manager_id', 'employment_type', 'is_remote', 'salary', 'commission_pct'],
byHire.map((p) => ({
  employee_id: p.id, first_name: p.first, last_name: p.last, email: p.email, hire_date: fmt(p.hire),
  termination_date: p.term ? fmt(p.term) : null, job_id: p.job, department_id: p.dept,
  manager_id: p.mgr === null ? null : people[p.mgr].id, employment_type: p.type, is_remote: p.remote,
  salary: money(p.salary), commission_pct: p.commission,
})))
history.sort((a, b) => a.employee_id - b.employee_id || (a.effective_date < b.effective_date ? -1 : 1))
writeCsv('salary_history', ['employee_id', 'effective_date', 'job_id', 'salary', 'change_reason'], history)
writeCsv('performance_reviews', ['review_id', 'employee_id', 'reviewer_id', 'review_year', 'review_date', 'rating'],
  reviewsRaw.map((r, i) => ({
    review_id: 5001 + i, employee_id: r.p.id, reviewer_id: r.reviewer.id, review_year: r.year,
    review_date: fmt(r.revDate), rating: r.rating,
  })))
writeCsv('projects', ['project_id', 'project_name', 'department_id', 'start_date', 'end_date', 'status', 'budget'], projects)
writeCsv('project_assignments', ['assignment_id', 'project_id', 'employee_id', 'role', 'start_date', 'end_date', 'allocation_pct'], assignments)

console.log(`hr: ${people.length} employees, ${history.length} salary rows, ${reviewsRaw.length} reviews, ${assignments.length} assignments`)
