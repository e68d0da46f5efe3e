using System.Security.Claims;

namespace Notices.Api.Security;

/// <summary>The signed-in user as the workflow records them: who did what.</summary>
internal sealed record AppUser(string Id, string Name, IReadOnlyList<string> Roles)
{
    public static ClaimsPrincipal CreatePrincipal(string id, string name, IEnumerable<string> roles, string scheme)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id));
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return new ClaimsPrincipal(identity);
    }

    public static AppUser From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in user has no id.");
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new AppUser(id, name, roles);
    }

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
