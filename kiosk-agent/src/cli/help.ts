export const HELP = `kiosk-agent: read Thai national ID cards over PC/SC for the kiosk page

Usage:
  kiosk-agent readers
      One reader name per line.
  kiosk-agent read [--reader NAME|virtual] [--photo] [--timeout SECONDS]
      Wait (default 30 s) for a card, read it and print one JSON object.
  kiosk-agent serve [--port 8189] --allow-origin URL [--allow-origin URL ...]
                    [--reader auto|pcsc|virtual|NAME] [--no-demo] [--exit-with-stdin] [--quiet]
      The local WebSocket API on 127.0.0.1 for the kiosk page. "auto" skips empty
      vsmartcard-vpcd readers and falls back to the demo card, unless --no-demo.
      --exit-with-stdin: stop when standard input closes (the parent process ended).
  kiosk-agent simulate [--port 35963] [--host 127.0.0.1] [--card FILE|NAME] [--atr-variant 0|1]
                       [--delay-ms N] [--fault MODE] [--remove-after-apdus N]
      Insert the virtual card into vsmartcard-vpcd until stopped (stopping = card removed).
      Fault modes: none, garbage, short-data, wrong-sw, not-thai, sixty-one-zero, swapped-variant.
  kiosk-agent identity [--json]
      Print this device's ID and public key (base64 SPKI DER).

Exit codes: 0 ok, 2 usage, 3 no PC/SC service or no reader, 4 no card before the timeout,
5 not a Thai ID card / unreadable / removed during the read.
`;
