using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// App Service Authentication as it stands in front of the Function App, for the tests: it believes no
/// <c>X-MS-CLIENT-PRINCIPAL</c> a caller sends, and turns a bearer token into the principal it was issued for. The
/// platform checks Entra ID tokens; this issues its own opaque ones, as the outside world the tests cannot reach.
/// </summary>
internal sealed class AppServiceAuthenticationStandIn
{
    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    private readonly ConcurrentDictionary<string, string> _principals = new(StringComparer.Ordinal);
    private int _bearerRequests;

    /// <summary>How many requests came with a token it issued.</summary>
    public int BearerRequests => Volatile.Read(ref _bearerRequests);

    /// <summary>A new access token for the person <paramref name="principal"/> (an <c>X-MS-CLIENT-PRINCIPAL</c> value) names.</summary>
    public string Issue(string principal)
    {
        var token = Guid.NewGuid().ToString("N");
        _principals[token] = principal;
        return token;
    }

    /// <summary>An <c>X-MS-CLIENT-PRINCIPAL</c> value naming a person by their object id, name and roles, as Entra ID signs them in.</summary>
    public static string Principal(string id, string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = id }, new { typ = "name", val = name } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", claims, name_typ = "name", role_typ = "roles" });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Request.Headers.Remove(PrincipalHeader);
        context.Request.Headers.Remove(PrincipalHeader + "-ID");
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _principals.TryGetValue(authorization["Bearer ".Length..], out var principal))
        {
            Interlocked.Increment(ref _bearerRequests);
            context.Request.Headers[PrincipalHeader] = principal;
        }

        await next(context);
    });
}
