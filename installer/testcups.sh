# Sourced by quickstart.sh: a private CUPS print server for the tests, with one CUPS-PDF
# queue that writes every job as a PDF into a temporary folder; removed again on exit.
# Nothing of the machine's own CUPS is used or changed: own ServerRoot (config), own spool,
# own log, own socket and a free local port. Needs root (cupsd and the cups-pdf backend).
# Exports CUPS_SERVER (the socket), KLUPPLUZ_TEST_PRINTER (the queue),
# KLUPPLUZ_TEST_PRINT_OUT (where the queue writes PDFs) and KLUPPLUZ_TEST_CUPS_LOG.
start_test_cups() {
  if [[ ! -x /usr/sbin/cupsd || ! -x /usr/lib/cups/backend/cups-pdf ]]; then
    echo "CUPS of CUPS-PDF is niet geïnstalleerd" >&2; return 1
  fi
  if [[ $(id -u) -ne 0 ]]; then echo "Een eigen printserver starten kan alleen als root" >&2; return 1; fi
  CUPS_TMP=$(mktemp -d /tmp/kluppluz-cups.XXXXXX)
  chmod 755 "$CUPS_TMP"
  local etc=$CUPS_TMP/etc out=$CUPS_TMP/out port ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
  install -d -m 755 "$etc" "$etc/ppd" "$CUPS_TMP/cache" "$CUPS_TMP/state" "$CUPS_TMP/log"
  install -d -m 710 "$CUPS_TMP/spool"; install -d -m 1777 "$CUPS_TMP/spool/tmp"
  install -d -m 777 "$out" "$CUPS_TMP/cups-pdf-spool"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$etc/cups-files.conf" <<EOF
ServerRoot $etc
RequestRoot $CUPS_TMP/spool
TempDir $CUPS_TMP/spool/tmp
CacheDir $CUPS_TMP/cache
StateDir $CUPS_TMP/state
AccessLog $CUPS_TMP/log/access_log
ErrorLog $CUPS_TMP/log/error_log
PageLog $CUPS_TMP/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
SystemGroup root
FileDevice No
EOF
  # LogLevel debug: the tests read each job's options (argv of the filters) from the log.
  cat > "$etc/cupsd.conf" <<EOF
Listen $CUPS_TMP/cups.sock
Listen 127.0.0.1:$port
LogLevel debug
MaxLogSize 0
Browsing No
WebInterface No
DefaultAuthType None
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
  # cups-pdf reads its settings from /etc/cups only (compiled in), but a device URI
  # cups-pdf:/NAME makes it read /etc/cups/cups-pdf-NAME.conf: one file of our own, with a
  # name unique to this run, removed again on stop. The machine's cups-pdf.conf is untouched.
  KLUPPLUZ_TEST_PRINTER=KluppluzTest_${CUPS_TMP##*.}
  CUPS_PDF_CONF=/etc/cups/cups-pdf-$KLUPPLUZ_TEST_PRINTER.conf
  install -d -m 755 /etc/cups
  cat > "$CUPS_PDF_CONF" <<EOF
Out $out
AnonDirName $out
Spool $CUPS_TMP/cups-pdf-spool
Log $CUPS_TMP/log
Grp root
UserUMask 0000
Label 1
TitlePref 1
EOF
  # The CUPS-PDF driver, plus duplex and paper trays like an office printer has, so that the
  # options the print dialog sets are checked by the server (cups-pdf itself ignores them).
  { sed '/^\*% End of/d' "$ppd"
    cat <<'EOF'
*OpenUI *Duplex/Two-Sided: PickOne
*DefaultDuplex: None
*Duplex None/Off: ""
*Duplex DuplexNoTumble/Long Edge: ""
*Duplex DuplexTumble/Short Edge: ""
*CloseUI: *Duplex
*OpenUI *InputSlot/Paper Source: PickOne
*DefaultInputSlot: Auto
*InputSlot Auto/Automatic: ""
*InputSlot Upper/Upper Tray: ""
*InputSlot Lower/Lower Tray: ""
*CloseUI: *InputSlot
EOF
  } > "$CUPS_TMP/kluppluz-test.ppd"
  /usr/sbin/cupsd -c "$etc/cupsd.conf" -s "$etc/cups-files.conf" || { cat "$CUPS_TMP/log/error_log" >&2 2>/dev/null; return 1; }
  export CUPS_SERVER=$CUPS_TMP/cups.sock
  local i
  for i in $(seq 1 50); do [[ -S $CUPS_SERVER ]] && break; sleep 0.1; done
  [[ -S $CUPS_SERVER ]] || { echo "De printserver start niet" >&2; cat "$CUPS_TMP/log/error_log" >&2; stop_test_cups; return 1; }
  export KLUPPLUZ_TEST_PRINTER
  lpadmin -p "$KLUPPLUZ_TEST_PRINTER" -E -v "cups-pdf:/$KLUPPLUZ_TEST_PRINTER" -P "$CUPS_TMP/kluppluz-test.ppd" \
    -o printer-error-policy=abort-job 2>&1 | grep -v deprecated >&2
  lpstat -p "$KLUPPLUZ_TEST_PRINTER" >/dev/null 2>&1 || { echo "De testwachtrij is niet aangemaakt" >&2; stop_test_cups; return 1; }
  export KLUPPLUZ_TEST_PRINT_OUT=$out KLUPPLUZ_TEST_CUPS_LOG=$CUPS_TMP/log/error_log
  echo "Printserver voor de tests: $CUPS_SERVER, wachtrij $KLUPPLUZ_TEST_PRINTER"
}

stop_test_cups() {
  # cupsd daemonises; it writes its pid into our private state folder.
  if [[ -n ${CUPS_TMP:-} && -f $CUPS_TMP/state/cupsd.pid ]]; then
    local pid i
    pid=$(cat "$CUPS_TMP/state/cupsd.pid")
    kill "$pid" 2>/dev/null || true
    # It writes its cache on the way out: wait for it before removing the folder.
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  [[ -n ${CUPS_PDF_CONF:-} ]] && rm -f "$CUPS_PDF_CONF"
  [[ -n ${CUPS_TMP:-} ]] && rm -rf "$CUPS_TMP"
  unset CUPS_PDF_CONF CUPS_SERVER KLUPPLUZ_TEST_PRINTER KLUPPLUZ_TEST_PRINT_OUT KLUPPLUZ_TEST_CUPS_LOG CUPS_TMP
}
