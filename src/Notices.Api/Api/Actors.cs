using System.Security.Claims;
using Notices.Api.Security;
using Notices.Workflow.Procurements;

namespace Notices.Api;

/// <summary>The signed-in user as the workflow records them on every decision.</summary>
internal static class Actors
{
    public static Actor From(ClaimsPrincipal principal)
    {
        var user = AppUser.From(principal);
        var roles = user.Roles
            .Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .Where(r => r != Role.System)
            .ToList();
        return new Actor(user.Id, user.Name, roles);
    }
}
