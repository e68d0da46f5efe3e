namespace Notices.Domain.Adoption;

/// <summary>The releases given cannot be adopted as one procurement; the message says why.</summary>
public sealed class AdoptionException(string message) : Exception(message);
