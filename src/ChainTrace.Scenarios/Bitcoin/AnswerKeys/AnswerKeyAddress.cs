namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>One row of <c>answer-key/addresses.csv</c>: who owns an address. Every address the chain pays has one row.</summary>
/// <param name="Address">The address as the dataset stores it.</param>
/// <param name="EntityId">The owner (see <see cref="ScenarioEntity"/>).</param>
/// <param name="EntityType">The owner's type (<see cref="EntityTypes"/>).</param>
/// <param name="Role">What the owner uses it for (<see cref="AddressRoles"/>).</param>
/// <param name="CustomerEntityId">For an exchange deposit address, the customer it was issued to; otherwise null.</param>
public sealed record AnswerKeyAddress(string Address, string EntityId, string EntityType, string Role, string? CustomerEntityId);
