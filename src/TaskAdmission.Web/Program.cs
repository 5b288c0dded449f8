using TaskAdmission.Web;
using TaskAdmission.Web.Cli;
using TaskAdmission.Web.Hosting;

if (OperatorCommandLine.IsVerb(args))
{
    return await OperatorCommandLine.RunAsync(args, Console.Out, Console.Error);
}

var app = TaskAdmissionApp.Build(args);
await app.InitializeDatabaseAsync();
app.PrintWelcomeWhenStarted();
await app.RunAsync();
return 0;
