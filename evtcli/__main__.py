from evtcli._startup import main

main()
