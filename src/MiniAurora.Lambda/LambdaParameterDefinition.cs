namespace MiniAurora.Lambda;

/// <summary>One cluster parameter the Lambda subsystem reads (issue #7 item 1).</summary>
/// <param name="Name">Parameter / read-only global variable name.</param>
/// <param name="Type">string, integer, enum or list (comma-separated).</param>
/// <param name="Default">Default value as text ("" for none).</param>
/// <param name="Allowed">Allowed values for enums, or a range like "1-100000" for integers; null when free.</param>
/// <param name="Dynamic">True when a changed value applies at once on reload (SIGHUP); false: at the next start.</param>
/// <param name="Description">One line for SHOW/RESULTS and the README.</param>
public sealed record LambdaParameterDefinition(string Name, string Type, string Default, string? Allowed, bool Dynamic, string Description);
