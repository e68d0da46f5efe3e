using System.Security.Claims;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;

namespace Notices.Api;

/// <summary>
/// Sends one command on behalf of the signed-in user to an existing procurement: 404 when there is no
/// such procurement, 422 (or 409) problem details when the workflow refuses, the events recorded otherwise.
/// </summary>
internal sealed class ApiCommands(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids)
{
    public DecisionContext Context(ClaimsPrincipal user, string? why = null) =>
        DecisionContext.For(Actors.From(user), clock, ids, why);

    public async Task<IResult> SendAsync(string id, ProcurementCommand command, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"procurement '{id}'");
        }

        var result = await workflow.Commands.HandleAsync(new ProcurementId(id), command, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Ok(new CommandAccepted(result.Outcome.ToString(), result.Version, result.Events))
            : Problems.From(result);
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        ProcurementId.IsWellFormed(id)
        && await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false) is not null;
}
