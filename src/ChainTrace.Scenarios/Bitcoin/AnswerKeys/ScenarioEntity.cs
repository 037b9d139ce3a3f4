namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>An actor of the scenario: the owner that the answer key attributes addresses and transactions to.</summary>
/// <param name="Id">Stable identifier, e.g. <c>user-17</c>, <c>exchange-2</c>, <c>whirlpool</c>, <c>ransomware-1</c>.</param>
/// <param name="Type">One of the <see cref="EntityTypes"/> values.</param>
/// <param name="Description">One line saying who this is.</param>
/// <param name="Attributes">
/// The actor's behaviour as generated (for users: receive and change address types, address reuse, fee rate in sat/vB,
/// round amounts, …), useful for judging heuristics per wallet behaviour.
/// </param>
public sealed record ScenarioEntity(string Id, string Type, string Description, IReadOnlyDictionary<string, string> Attributes);
