#!/usr/bin/env bash
# A single-host Slurm 22.05 (Debian bookworm) for Pujiang's tests and for development, without
# systemd: munge, MariaDB + slurmdbd (so that sacct works), slurmctld and slurmd on this host,
# one node with 4 fake H100 GPUs (character devices) in partition `debug`, and the Slurm
# account `pujiang` for jobs (see docs/compute-adapters.md). Run as root.
#
# Safe to run again: packages are installed only when missing, daemons that run are left alone
# unless their configuration changed (then they restart: running jobs survive), accounts are
# added only when missing. scripts/slurm/teardown.sh stops what this script started.
#
# Settings (environment):
#   WITH_DBD=0               no MariaDB/slurmdbd: sacct, accounts and the accounting tests are off
#   SLURM_NODE_CPUS=8        CPUs the node declares (more than the host has is fine: jobs in tests sleep)
#   SLURM_NODE_MEM_MB=16000  memory the node declares, in MB
#   SLURM_ACCOUNT=pujiang    the account root's jobs may be charged to
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
WITH_DBD=${WITH_DBD:-1}
NODE_CPUS=${SLURM_NODE_CPUS:-8}
NODE_MEM_MB=${SLURM_NODE_MEM_MB:-16000}
ACCOUNT=${SLURM_ACCOUNT:-pujiang}
H=$(hostname -s)
RUN=/run/pujiang-slurm          # what this script started (teardown.sh reads it)
mkdir -p "$RUN"
started() { grep -qx "$1" "$RUN/started" 2>/dev/null || echo "$1" >> "$RUN/started"; }
running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
stop_pid() { # stop the daemon of a pid file and wait for it to end
  local f=$1 pid
  running "$f" || return 0
  pid=$(cat "$f"); kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}
# install a file when its content differs; returns 0 when it changed
install_if_changed() { # <content file> <target> [owner] [mode]
  if [ -f "$2" ] && cmp -s "$1" "$2"; then rm -f "$1"; return 1; fi
  mv -f "$1" "$2"; [ -n "${3:-}" ] && chown "$3" "$2"; [ -n "${4:-}" ] && chmod "$4" "$2"; return 0
}

# ── packages ──────────────────────────────────────────────────────────────────────────────────
export DEBIAN_FRONTEND=noninteractive
PKGS="slurm-wlm munge curl"; [ "$WITH_DBD" = 1 ] && PKGS="$PKGS slurmdbd mariadb-server"
missing=$(for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  apt-get install -y $missing >/dev/null || { apt-get update >/dev/null && apt-get install -y $missing >/dev/null; }
fi

mkdir -p /run/munge /run/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
chown munge:munge /run/munge; chown slurm:slurm /run/slurm /var/spool/slurmctld /var/log/slurm

# ── munge ─────────────────────────────────────────────────────────────────────────────────────
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key
fi
if ! munge -n >/dev/null 2>&1; then runuser -u munge -- /usr/sbin/munged; started munged; fi   # pid: /run/munge/munged.pid

# ── fake GPUs: Slurm needs a character or block device per GPU ───────────────────────────────
for i in 0 1 2 3; do [ -e /dev/fakegpu$i ] || mknod /dev/fakegpu$i c 1 3; done

# ── configuration ─────────────────────────────────────────────────────────────────────────────
ACCT="AccountingStorageType=accounting_storage/none"
[ "$WITH_DBD" = 1 ] && ACCT="AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStorageTRES=gres/gpu
AccountingStorageEnforce=associations,limits,qos,safe"
cat > /etc/slurm/slurm.conf.new <<CONF
# written by Pujiang's scripts/slurm/setup.sh
ClusterName=pujiang-test
SlurmctldHost=$H(127.0.0.1)
SlurmUser=slurm
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurm/slurmctld.pid
SlurmdPidFile=/run/slurm/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/linux
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
# without a default, each job takes all the node's memory and jobs run one at a time
DefMemPerCPU=500
PriorityType=priority/multifactor
ReturnToService=2
MpiDefault=none
# the node declares what the tests need, not what the host has
SlurmdParameters=config_overrides
# seconds between SIGTERM and SIGKILL at a time limit or scancel (default 30)
KillWait=5
$ACCT
JobCompType=jobcomp/filetxt
JobCompLoc=/var/log/slurm/jobcomp.log
GresTypes=gpu
NodeName=$H NodeAddr=127.0.0.1 CPUs=$NODE_CPUS RealMemory=$NODE_MEM_MB Gres=gpu:h100:4 State=UNKNOWN
PartitionName=debug Nodes=$H Default=YES MaxTime=INFINITE State=UP TRESBillingWeights="CPU=1.0,Mem=0.25G,GRES/gpu=16.0"
CONF
changed=0
install_if_changed /etc/slurm/slurm.conf.new /etc/slurm/slurm.conf && changed=1
printf 'AutoDetect=off\nNodeName=%s Name=gpu Type=h100 File=/dev/fakegpu[0-3]\n' "$H" > /etc/slurm/gres.conf.new
install_if_changed /etc/slurm/gres.conf.new /etc/slurm/gres.conf && changed=1
# 22.05 has no CgroupPlugin=disabled (24.05+): cgroup v1 host → cgroup/v1; cgroup v2 without systemd → cgroup/v2 + IgnoreSystemd
if [ -d /sys/fs/cgroup/cpu ]; then printf 'CgroupPlugin=cgroup/v1\nCgroupAutomount=no\n'; else printf 'CgroupPlugin=cgroup/v2\nIgnoreSystemd=yes\nCgroupAutomount=yes\n'; fi > /etc/slurm/cgroup.conf.new
install_if_changed /etc/slurm/cgroup.conf.new /etc/slurm/cgroup.conf && changed=1

# ── accounting: MariaDB + slurmdbd, the cluster and the accounts ─────────────────────────────
if [ "$WITH_DBD" = 1 ]; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  if ! mysql -uroot -e 'select 1' >/dev/null 2>&1; then
    (nohup /usr/sbin/mariadbd --user=mysql --bind-address=127.0.0.1 --socket=/run/mysqld/mysqld.sock --pid-file=/run/mysqld/mysqld.pid >/var/log/mariadbd.out 2>&1 &)
    started mariadbd
    for _ in $(seq 60); do mysql -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  mysql -uroot -e "CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY 'slurmpw'; CREATE DATABASE IF NOT EXISTS slurm_acct_db; GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';"
  cat > /etc/slurm/slurmdbd.conf.new <<CONF
AuthType=auth/munge
DbdHost=localhost
DbdAddr=127.0.0.1
SlurmUser=slurm
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/run/slurm/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=localhost
StorageLoc=slurm_acct_db
StorageUser=slurm
StoragePass=slurmpw
CONF
  install_if_changed /etc/slurm/slurmdbd.conf.new /etc/slurm/slurmdbd.conf slurm:slurm 600 && stop_pid /run/slurm/slurmdbd.pid
  if ! running /run/slurm/slurmdbd.pid; then /usr/sbin/slurmdbd; started slurmdbd; fi
  for _ in $(seq 60); do sacctmgr -n show cluster >/dev/null 2>&1 && break; sleep 0.5; done
  has() { [ -n "$(sacctmgr -n -P show "$@" 2>/dev/null)" ]; }
  has cluster pujiang-test format=cluster || sacctmgr -i add cluster pujiang-test >/dev/null
  for a in "$ACCOUNT" startup-a; do
    has account "$a" format=account || sacctmgr -i add account "$a" fairshare=100 >/dev/null
    has assoc user=root account="$a" format=account || sacctmgr -i add user root account="$a" >/dev/null
  done
fi

# ── the controller and the node ───────────────────────────────────────────────────────────────
if [ "$changed" = 1 ]; then stop_pid /run/slurm/slurmd.pid; stop_pid /run/slurm/slurmctld.pid; fi
if ! running /run/slurm/slurmctld.pid; then /usr/sbin/slurmctld; started slurmctld; fi
if ! running /run/slurm/slurmd.pid; then /usr/sbin/slurmd; started slurmd; fi
state=
for _ in $(seq 60); do
  state=$(sinfo -h -n "$H" -o %t 2>/dev/null | head -1)
  case "$state" in idle|mix|alloc) break ;; down*|drain*|drng*) scontrol update NodeName="$H" State=RESUME >/dev/null 2>&1 || true ;; esac
  sleep 0.5
done
case "$state" in idle|mix|alloc) ;; *) echo "the node is not up (state: ${state:-none}); see /var/log/slurm/slurmctld.log and slurmd.log" >&2; exit 1 ;; esac

sinfo -o '%P %N %t %c %m %G'
ACCOUNT_OPT=; [ "$WITH_DBD" = 1 ] && ACCOUNT_OPT=" --account=$ACCOUNT"
cat <<EOF
Slurm is up. Check it:
  sinfo -N -O 'NodeList,StateLong,CPUsState,Memory,Gres,GresUsed'
  sbatch --wrap 'echo hi from \$(hostname)' --gres=gpu:h100:1 --mem=100M$ACCOUNT_OPT   # then: squeue; cat slurm-<id>.out
  sacct -X -P -o JobID,Account,State,ExitCode,ElapsedRaw,AllocTRES
Pujiang's Slurm tests: node_modules/.bin/node --test --test-global-setup=test/global-setup.ts src/server/modules/compute/compute.slurm.test.ts
Stop it: scripts/slurm/teardown.sh
EOF
