#!/usr/bin/env bash
# A Dovecot IMAP server of the platform's own, on loopback only, for development and tests (Debian's dovecot-imapd).
#
#   scripts/mail-server.sh start <state dir> <port> <password file>   # idempotent: a running instance is left alone
#   scripts/mail-server.sh stop  <state dir> [--remove]                # --remove: its configuration and mail too
#
# Any user name logs in with the password in <password file> (mode 600, never in the repository) and gets a mailbox
# of its own, created on first login, with INBOX, Sent, Drafts, Trash and Junk marked with their special-use
# attributes. The mail lives under /var/lib/networkingplatform-mail (owned by Debian's 'mail' user, which cannot
# reach into /root), one folder per state directory. infra.sh runs the development instance; a test may run one of
# its own (a restart).
set -euo pipefail

command=${1:?start or stop}
state_dir=${2:?state directory}
config="$state_dir/dovecot.conf"
mail_root=/var/lib/networkingplatform-mail
mail_dir="$mail_root/$(printf '%s' "$(realpath -m "$state_dir")" | sha256sum | head -c 16)"

log() { printf '[mail-server] %s\n' "$*" >&2; }

# Salted SHA-512 of the password file's content, as Dovecot's {SSHA512} scheme reads it: base64(sha512(password salt) salt).
ssha512() {
  local salt
  salt=$(mktemp)
  head -c 16 /dev/urandom >"$salt"
  cat "$1" "$salt" | openssl dgst -sha512 -binary | cat - "$salt" | base64 -w0
  rm -f "$salt"
}

running() { [ -s "$state_dir/run/master.pid" ] && kill -0 "$(cat "$state_dir/run/master.pid" 2>/dev/null)" 2>/dev/null; }

case "$command" in
  stop)
    if running; then
      kill -TERM "$(cat "$state_dir/run/master.pid")"
      for _ in $(seq 1 50); do running || break; sleep 0.1; done
      if running; then log "Dovecot in $state_dir did not stop"; exit 1; fi
    fi
    if [ "${3:-}" = "--remove" ]; then rm -rf "$mail_dir" "$state_dir"; fi
    ;;
  start)
    port=${3:?port}
    password_file=${4:?password file}
    [ -x /usr/sbin/dovecot ] || { log "Dovecot is not installed (apt-get install dovecot-imapd; infra.sh does it)"; exit 1; }
    # A running instance keeps its configuration: a second start changes nothing.
    if running; then
      exit 0
    fi
    mkdir -p "$state_dir/run" "$mail_dir"
    chmod 700 "$state_dir"
    # Mail belongs to Debian's own 'mail' user; Dovecot never runs mail processes as root.
    chmod 711 "$mail_root"
    chown mail:mail "$mail_dir"
    chmod 700 "$mail_dir"
    (umask 077 && cat >"$config" <<CONF
instance_name = networkingplatform-$(basename "$state_dir")
base_dir = $state_dir/run
state_dir = $state_dir/run/state
protocols = imap
listen = 127.0.0.1
ssl = no
# Loopback only: a plain-text password never leaves this machine.
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $state_dir/dovecot.log
first_valid_uid = 8
# A development and test server: speed over surviving a power cut.
mail_fsync = never
mail_location = maildir:~/Maildir
mail_uid = mail
mail_gid = mail
# Any user name, one password (its hash only): every test and the demo get a mailbox of their own.
passdb {
  driver = static
  args = password={SSHA512}$(ssha512 "$password_file")
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$mail_dir/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service imap {
  process_limit = 256
}
service auth {
  unix_listener auth-userdb {
    mode = 0600
    user = mail
  }
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
}
protocol imap {
  mail_max_userip_connections = 100
}
CONF
    )
    log "starting Dovecot on 127.0.0.1:$port ($state_dir)"
    # Its own output goes to its log: a daemon holding the caller's stdout would keep a pipe (infra.sh | tee) open forever.
    if ! /usr/sbin/dovecot -c "$config" </dev/null >>"$state_dir/dovecot.log" 2>&1; then
      log "Dovecot did not start: see $state_dir/dovecot.log"; exit 1
    fi
    for _ in $(seq 1 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && exit 0
      sleep 0.1
    done
    log "Dovecot did not accept connections on 127.0.0.1:$port: see $state_dir/dovecot.log"; exit 1
    ;;
  *)
    log "usage: $0 start <state dir> <port> <password file> | stop <state dir>"; exit 2
    ;;
esac
