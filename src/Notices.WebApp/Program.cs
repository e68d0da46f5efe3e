namespace Notices.WebApp;

/// <summary>The forms' web app, as App Service runs it.</summary>
internal static class WebAppProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWebApp();
        var app = builder.Build();
        app.UseWebApp();
        app.Run();
    }
}
