namespace Notices.Web.Forms;

/// <summary>A link in GOV.UK pagination; <see cref="Number"/> 0 is an ellipsis.</summary>
internal sealed record PageLink(int Number, string? Href, bool Current);

/// <summary>
/// GOV.UK pagination for a list: numbered pages when the list is in hand, or previous and next only when
/// it is read from storage a page at a time with continuation tokens.
/// </summary>
internal sealed record Pagination(string? PreviousHref, string? NextHref, IReadOnlyList<PageLink> Pages, string Label)
{
    public bool Shown => PreviousHref is not null || NextHref is not null;

    /// <summary>The query parameter holding a numbered page ("page" itself is the name Razor Pages routes by).</summary>
    public const string PageParameter = "p";

    /// <summary>The query parameter holding the trail of continuation tokens that led to the current page.</summary>
    public const string TrailParameter = "c";

    /// <summary>The items of page <paramref name="page"/> (from 1) of <paramref name="all"/>.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all, int page, int size) =>
        all.Skip((Math.Max(page, 1) - 1) * size).Take(size).ToList();

    public static int Clamp(int page, int total, int size) => Math.Clamp(page, 1, Math.Max(1, (total + size - 1) / size));

    /// <summary>Numbered pages: first, last, and the current page with its neighbours, ellipses between.</summary>
    public static Pagination Numbered(int page, int total, int size, Func<int, string> href, string label)
    {
        ArgumentNullException.ThrowIfNull(href);
        var last = Math.Max(1, (total + size - 1) / size);
        var links = new List<PageLink>();
        for (var n = 1; n <= last; n++)
        {
            if (n == 1 || n == last || Math.Abs(n - page) <= 1)
            {
                links.Add(new PageLink(n, href(n), n == page));
            }
            else if (links.Count > 0 && links[^1].Number != 0)
            {
                links.Add(new PageLink(0, null, false));
            }
        }

        return new Pagination(page > 1 ? href(page - 1) : null, page < last ? href(page + 1) : null, last > 1 ? links : [], label);
    }

    /// <summary>Previous and next over continuation tokens: the trail is every token that led here.</summary>
    public static Pagination Continued(IReadOnlyList<string> trail, string? next, string path, string label)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var previous = trail.Count > 0 ? path + TrailQuery([.. trail.Take(trail.Count - 1)]) : null;
        var following = next is not null ? path + TrailQuery([.. trail, next]) : null;
        return new Pagination(previous, following, [], label);
    }

    private static string TrailQuery(IReadOnlyList<string> trail) =>
        Microsoft.AspNetCore.Http.QueryString.Create(trail.Select(t => KeyValuePair.Create(TrailParameter, (string?)t))).ToString();

    /// <summary>The trail from the query string, the current page's token last (none on the first page).</summary>
    public static IReadOnlyList<string> Trail(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[TrailParameter].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).Take(100).ToList();
    }
}
