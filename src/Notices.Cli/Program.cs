return Notices.Cli.NoticesCommandLine.Run(args, Console.Out, Console.Error);
