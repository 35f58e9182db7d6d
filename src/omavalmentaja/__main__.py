from omavalmentaja.cli import main

raise SystemExit(main())
