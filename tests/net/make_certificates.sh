#!/bin/sh
# Makes the TLS material for the net tests in folder $1 with Debian's openssl:
#   ca.pem                       the test's own CA (what a school puts in ca_file)
#   good.pem/good.key            for 127.0.0.1, signed by ca.pem
#   expired.pem/expired.key      for 127.0.0.1, signed by ca.pem, expired in 2020
#   wrong-host.pem/.key          for other.example only, signed by ca.pem
#   stranger.pem/stranger.key    for 127.0.0.1, signed by another CA nobody trusts
set -eu
out=$1
cd "$out"
quiet() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@"; exit 1; }; }

make_ca() {  # name
  quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 30 \
    -subj "/CN=HGW test $1" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign
}

make_ca ca
make_ca stranger-ca

# `openssl ca` is the one openssl 3.0 command that can date a certificate in the past.
mkdir -p db
: > db/index.txt
echo 01 > db/serial
cat > ca.conf <<CONF
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = db/index.txt
serial = db/serial
new_certs_dir = db
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CONF

sign() {  # name ca san startdate enddate
  quiet openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=$1" \
    -addext "subjectAltName=$3" -addext basicConstraints=CA:FALSE
  quiet openssl ca -batch -config ca.conf -cert "$2.pem" -keyfile "$2.key" -in "$1.csr" \
    -out "$1.pem" -startdate "$4" -enddate "$5" -notext
}

now_start=$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)
later=$(date -u -d '+20 days' +%Y%m%d%H%M%SZ)
sign good ca "IP:127.0.0.1" "$now_start" "$later"
sign expired ca "IP:127.0.0.1" 20200101000000Z 20200201000000Z
sign wrong-host ca "DNS:other.example" "$now_start" "$later"
sign stranger stranger-ca "IP:127.0.0.1" "$now_start" "$later"
echo "done"
