namespace Notices.Workflow.Procurements;

/// <summary>The roles a person can hold; <see cref="System"/> is the workflow acting on its own.</summary>
public enum Role
{
    Commissioner,
    Approver,
    Administrator,
    System,
}

/// <summary>Who did something, as recorded in the procurement's history.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlyList<Role> Roles)
{
    /// <summary>The workflow itself: publishing results, timers and failures are recorded as its acts.</summary>
    public static Actor Workflow { get; } = new("notice-functions", "Notice Functions", [Role.System]);

    public bool Holds(Role role) => Roles.Contains(role);

    public bool Equals(Actor? other) =>
        other is not null && UserId == other.UserId && Name == other.Name && Roles.SequenceEqual(other.Roles);

    public override int GetHashCode() => HashCode.Combine(UserId, Name, Roles.Count);
}
