using Microsoft.Azure.Functions.Worker.Builder;
using NoticeFunctions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddNoticeFunctions();
builder.Build().Run();
