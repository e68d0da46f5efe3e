using Notices.LocalHost;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHost();
var app = builder.Build();
app.UseLocalHost();
app.Run();
