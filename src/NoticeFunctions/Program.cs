using NoticeFunctions.Hosting;
using NoticeFunctions.Triggers;

// `NoticeFunctions write-function-app DIR` is the publish step's generator; anything else runs the app.
if (FunctionAppLayout.TryRun(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNoticeFunctions();
var app = builder.Build();
app.UseNoticeFunctions();
app.Run();
