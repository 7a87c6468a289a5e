-- Scheduled work runs once per cluster: before a job runs, its node takes the job's row here
-- (ShedLock, JDBC provider, database time). Times are UTC without zone, as ShedLock writes them.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
