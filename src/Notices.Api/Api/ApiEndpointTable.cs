using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Routing.Template;
using Notices.Api.Health;

namespace Notices.Api;

/// <summary>
/// The API's endpoints, built once outside any web server so that an HTTP function can run the endpoint its name
/// gives, with the same route values, authorisation, parameter binding and answers as the local host, where the
/// same endpoints are mapped on the web application itself. One definition of each endpoint, two ways to reach it.
/// </summary>
internal sealed class ApiEndpointTable : IEndpointRouteBuilder
{
    private readonly Dictionary<string, (RouteEndpoint Endpoint, TemplateMatcher Matcher)> _byName;

    public ApiEndpointTable(IServiceProvider services)
    {
        ServiceProvider = services;
        this.MapHealth();
        this.MapApi();
        _byName = DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(
                endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                endpoint => (endpoint, new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary(endpoint.RoutePattern.Defaults))),
                StringComparer.Ordinal);
    }

    public IServiceProvider ServiceProvider { get; }

    public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

    /// <summary>Every named endpoint: its name, route pattern and methods.</summary>
    public IEnumerable<RouteEndpoint> Endpoints => _byName.Values.Select(entry => entry.Endpoint);

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);

    /// <summary>
    /// Runs the named endpoint for a request the Functions host routed to it: takes the route values from the path,
    /// signs the caller in and checks the endpoint's policy as the authorisation middleware would, then runs it. A
    /// refusal, or a status the endpoint sets without a body, is answered with problem details.
    /// </summary>
    public async Task InvokeAsync(string name, HttpContext context)
    {
        var (endpoint, matcher) = _byName.TryGetValue(name, out var entry)
            ? entry
            : throw new InvalidOperationException($"No API endpoint is named '{name}'.");
        var values = new RouteValueDictionary();
        if (!matcher.TryMatch(context.Request.Path, values))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await ApiStatusProblems.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Request.RouteValues = values;
        context.SetEndpoint(endpoint);
        if (!await AuthorizeAsync(endpoint, context).ConfigureAwait(false))
        {
            await ApiStatusProblems.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        await endpoint.RequestDelegate!(context).ConfigureAwait(false);
        // As the status-code pages middleware decides: a refusal the endpoint wrote no body for. The Functions host may
        // buffer the response, so a written problem is known by its content type rather than by a started response.
        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest && !context.Response.HasStarted
            && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
        {
            await ApiStatusProblems.WriteAsync(context).ConfigureAwait(false);
        }
    }

    // What UseAuthentication and UseAuthorization do for a routed endpoint: sets the status and says no when refused.
    private static async Task<bool> AuthorizeAsync(Endpoint endpoint, HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync().ConfigureAwait(false);
        if (signedIn.Succeeded)
        {
            context.User = signedIn.Principal;
        }

        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        var services = context.RequestServices;
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(
                policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()).ConfigureAwait(false)
            ?? await policies.GetFallbackPolicyAsync().ConfigureAwait(false);
        if (policy is null)
        {
            return true;
        }

        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        var authenticated = await evaluator.AuthenticateAsync(policy, context).ConfigureAwait(false);
        var authorized = await evaluator.AuthorizeAsync(policy, authenticated, context, context).ConfigureAwait(false);
        if (authorized.Succeeded)
        {
            return true;
        }

        context.Response.StatusCode = authorized.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        return false;
    }
}
