namespace Notices.Testing;

/// <summary>Where the tests' clocks start unless a test says otherwise: Tuesday 3 June 2025, 10:00 BST.</summary>
public static class TestClocks
{
    public static readonly DateTimeOffset DefaultStart = new(2025, 6, 3, 9, 0, 0, TimeSpan.Zero);
}
