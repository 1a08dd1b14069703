from evtcli.cli import main

main()
