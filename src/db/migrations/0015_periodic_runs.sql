-- When each periodic task (maintenance, pruning) last ran, cluster-wide: the instance that moves the timestamp
-- forward runs the task, the others skip it.
CREATE TABLE periodic_runs (
  name text PRIMARY KEY,
  last_run_at timestamptz NOT NULL
);
