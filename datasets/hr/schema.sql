-- hr: one mid-sized software company's HR system (Fernhill Systems), data as of 2025-06-30.

create table locations (
  location_id     integer primary key,
  office_name     varchar(60) not null unique,
  city            varchar(60) not null,
  state_province  varchar(60),
  country_code    varchar(2) not null check (country_code = upper(country_code)),
  opened_date     date not null
);

create table departments (
  department_id   integer primary key,
  department_name varchar(60) not null unique,
  location_id     integer references locations (location_id),
  cost_center     varchar(10) not null unique,
  created_date    date not null
);

create table jobs (
  job_id          integer primary key,
  job_title       varchar(60) not null unique,
  job_family      varchar(40) not null,
  min_salary      numeric(10,2) not null check (min_salary > 0),
  max_salary      numeric(10,2) not null,
  check (max_salary > min_salary)
);

create table employees (
  employee_id      integer primary key,
  first_name       varchar(40) not null,
  last_name        varchar(40) not null,
  email            varchar(120) not null unique,
  hire_date        date not null,
  termination_date date,
  job_id           integer not null references jobs (job_id),
  department_id    integer references departments (department_id),
  manager_id       integer references employees (employee_id),
  employment_type  varchar(20) not null check (employment_type in ('full_time', 'part_time', 'contractor', 'intern')),
  is_remote        boolean not null,
  salary           numeric(10,2) not null check (salary > 0),
  commission_pct   numeric(4,2) check (commission_pct > 0 and commission_pct < 1),
  check (termination_date is null or termination_date > hire_date),
  check (manager_id <> employee_id)
);

create index employees_manager_id_idx on employees (manager_id);
create index employees_department_id_idx on employees (department_id);
create index employees_job_id_idx on employees (job_id);

create table salary_history (
  employee_id     integer not null references employees (employee_id),
  effective_date  date not null,
  job_id          integer not null references jobs (job_id),
  salary          numeric(10,2) not null check (salary > 0),
  change_reason   varchar(20) not null check (change_reason in ('hire', 'merit', 'promotion', 'market_adjustment', 'role_change')),
  primary key (employee_id, effective_date)
);

create table performance_reviews (
  review_id       integer primary key,
  employee_id     integer not null references employees (employee_id),
  reviewer_id     integer not null references employees (employee_id),
  review_year     integer not null check (review_year between 2022 and 2025),
  review_date     date not null,
  rating          integer not null check (rating between 1 and 5),
  unique (employee_id, review_year),
  check (reviewer_id <> employee_id)
);

create index performance_reviews_reviewer_id_idx on performance_reviews (reviewer_id);

create table projects (
  project_id      integer primary key,
  project_name    varchar(80) not null unique,
  department_id   integer not null references departments (department_id),
  start_date      date not null,
  end_date        date,
  status          varchar(20) not null check (status in ('active', 'on_hold', 'completed', 'cancelled')),
  budget          numeric(12,2) check (budget > 0),
  check (end_date is null or end_date >= start_date)
);

create table project_assignments (
  assignment_id   integer primary key,
  project_id      integer not null references projects (project_id),
  employee_id     integer not null references employees (employee_id),
  role            varchar(20) not null check (role in ('lead', 'contributor', 'reviewer', 'advisor')),
  start_date      date not null,
  end_date        date,
  allocation_pct  integer not null check (allocation_pct between 1 and 100),
  unique (employee_id, project_id, start_date),
  check (end_date is null or end_date >= start_date)
);

create index project_assignments_project_id_idx on project_assignments (project_id);
