#!/usr/bin/env bash
# Stops the single-host Slurm of scripts/slurm/setup.sh, by pid files: slurmd, slurmctld and
# slurmdbd always; munged and MariaDB only when setup.sh started them (it notes what it started
# in /run/pujiang-slurm/started), so that a MariaDB or munge the host runs for itself stays up.
# Job state and the accounting database are kept: setup.sh brings the same cluster back.
# Safe to run twice. Run as root.
set -u
RUN=/run/pujiang-slurm
stop_pid() { # <name> <pid file>: stop the daemon and wait (10 s) for it to end
  local pid
  [ -s "$2" ] || return 0
  pid=$(cat "$2")
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || { echo "stopped $1"; return 0; }; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null; echo "killed $1"
}
ours() { grep -qx "$1" "$RUN/started" 2>/dev/null; }
stop_pid slurmd /run/slurm/slurmd.pid
stop_pid slurmctld /run/slurm/slurmctld.pid
stop_pid slurmdbd /run/slurm/slurmdbd.pid
stop_pid slurmrestd /run/slurmrestd/pid
ours mariadbd && stop_pid mariadbd /run/mysqld/mysqld.pid
ours munged && stop_pid munged /run/munge/munged.pid
rm -f "$RUN/started"
true
