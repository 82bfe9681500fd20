namespace OneWindow.Common.Errors;

/// <summary>What kind of refusal a domain rule makes; the edges map it to a status (one mapping for all services).</summary>
public enum DomainErrorKind
{
    /// <summary>The input is malformed or out of range (400).</summary>
    Invalid,

    /// <summary>The thing asked for does not exist, or is not the caller's to see (404).</summary>
    NotFound,

    /// <summary>The request clashes with the current state: a duplicate, a decision already taken (409).</summary>
    Conflict,

    /// <summary>The caller may not do this to this thing, e.g. separation of duties (403).</summary>
    Forbidden,

    /// <summary>Well-formed, but a business rule refuses it: materials missing, a third return (422).</summary>
    RuleViolated,

    /// <summary>The token does not say who is calling (401).</summary>
    Unauthenticated,
}
