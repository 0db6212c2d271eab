from xunshi.cli.main import main

raise SystemExit(main())
