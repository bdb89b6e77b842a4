#!/bin/sh
# Generates a benchmark capture of many short TLS connections on loopback:
# openssl s_server (-www) and openssl s_client, captured by dumpcap on that port only.
# Usage: generate-capture.sh OUT.pcapng [PACKETS] [PORT] [PARALLEL]
# Also writes OUT.keylog (the clients' NSS key log) so the decryption path can be timed too.
# The capture is large: keep it out of git.
set -eu
out=${1:?usage: generate-capture.sh OUT.pcapng [PACKETS] [PORT] [PARALLEL]}
packets=${2:-200000}
port=${3:-24433}
parallel=${4:-4}
work=$(mktemp -d)
trap 'kill $server $capture 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=bench.local \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
openssl s_server -quiet -accept "$port" -cert "$work/cert.pem" -key "$work/key.pem" -www >/dev/null 2>&1 &
server=$!
dumpcap -q -i lo -f "tcp port $port" -c "$packets" -w "$out" >/dev/null 2>&1 &
capture=$!
sleep 1
: > "${out%.pcapng}.keylog"

client() {
  n=0
  while kill -0 "$capture" 2>/dev/null; do
    n=$((n + 1))
    if [ $((n % 2)) -eq 0 ]; then v=-tls1_2; else v=-tls1_3; fi
    printf 'GET / HTTP/1.0\r\n\r\n' | openssl s_client -quiet -connect "127.0.0.1:$port" $v \
      -keylogfile "$work/keylog.$1" >/dev/null 2>&1 || true
  done
}
i=0
while [ $i -lt "$parallel" ]; do
  client $i &
  i=$((i + 1))
done
wait $capture || true
sleep 1
cat "$work"/keylog.* > "${out%.pcapng}.keylog" 2>/dev/null || true
echo "wrote $out ($(capinfos -c -M "$out" 2>/dev/null | awk '/Number of packets/ {print $4}') packets)"
