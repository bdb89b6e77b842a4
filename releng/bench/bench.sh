#!/bin/sh
# Side-by-side throughput of `trustbench tls decode FILE --stats` and tshark on the same capture.
# Usage: bench.sh CAPTURE [KEYLOG]
# DECODER overrides how the decoder is started (default: ./trustbench tls decode); for a plain
# classpath: DECODER="java -cp CP io.trustbench.decoder.cli.TlsDecodeMain".
# tshark runs as `tshark -r FILE -Y tls.handshake -T fields -e frame.number -e tls.handshake.type …`
# (one pass, like the decoder). Both wall-clock times include process start-up; the decoder's own
# elapsed time (after start-up) is reported too. Peak memory comes from /usr/bin/time -v when present.
set -eu
capture=${1:?usage: bench.sh CAPTURE [KEYLOG]}
keylog=${2:-}
top=$(cd "$(dirname "$0")/../.." && pwd)
decoder=${DECODER:-"$top/trustbench tls decode"}
timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -v"
kopt=""; topt=""
if [ -n "$keylog" ]; then kopt="--keylog $keylog"; topt="-o tls.keylog_file:$keylog"; fi
packets=$(capinfos -c -M "$capture" | awk '/Number of packets/ {print $4}')
size=$(stat -c %s "$capture")
now() { date +%s.%N; }

t0=$(now)
$timer $decoder "$capture" $kopt --stats > /tmp/bench.decoder.out 2> /tmp/bench.decoder.err
t1=$(now)
$timer tshark -n -r "$capture" $topt -Y tls.handshake -T fields -e frame.number -e tls.handshake.type \
  -e tls.handshake.ciphersuite -e tls.handshake.extensions_server_name > /tmp/bench.tshark.out 2> /tmp/bench.tshark.err
t2=$(now)

dec=$(echo "$t1 - $t0" | bc -l)
tsh=$(echo "$t2 - $t1" | bc -l)
inner=$(awk '/^elapsed:/ {print $2}' /tmp/bench.decoder.out)
mem() { awk '/Maximum resident set size/ {printf "%.0f MB", $6/1024}' "$1" 2>/dev/null; }
cpu() { awk '/User time|System time/ {t += $4} END {printf "%.2f", t}' "$1" 2>/dev/null; }
echo "capture:            $capture ($packets packets, $((size / 1000000)) MB)"
echo "decoder --stats:"; sed 's/^/  /' /tmp/bench.decoder.out
printf 'decoder wall clock: %.2f s (peak RSS %s)\n' "$dec" "$(mem /tmp/bench.decoder.err)"
printf 'tshark wall clock:  %.2f s (peak RSS %s, %s handshake frames)\n' "$tsh" "$(mem /tmp/bench.tshark.err)" \
  "$(wc -l < /tmp/bench.tshark.out)"
printf 'CPU time:           decoder %s s, tshark %s s (user+system)\n' "$(cpu /tmp/bench.decoder.err)" \
  "$(cpu /tmp/bench.tshark.err)"
printf 'throughput ratio:   %.2fx wall clock, %.2fx decoder-internal time, %.2fx CPU time (tshark/decoder)\n' \
  "$(echo "$tsh / $dec" | bc -l)" "$(echo "$tsh / $inner" | bc -l)" \
  "$(echo "$(cpu /tmp/bench.tshark.err) / $(cpu /tmp/bench.decoder.err)" | bc -l)"
