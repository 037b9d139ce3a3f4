using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>Every actor of the scenario, by index; addresses and coins refer to owners by this index.</summary>
internal sealed class EntityRegistry
{
    private readonly List<ScenarioEntity> _entities = [];

    /// <summary>All entities in creation order.</summary>
    public IReadOnlyList<ScenarioEntity> All => _entities;

    /// <summary>The entity at <paramref name="index"/>.</summary>
    public ScenarioEntity this[int index] => _entities[index];

    /// <summary>Adds an entity and returns its index.</summary>
    public int Add(string id, string type, string description, IReadOnlyDictionary<string, string>? attributes = null)
    {
        _entities.Add(new ScenarioEntity(id, type, description, attributes ?? new Dictionary<string, string>()));
        return _entities.Count - 1;
    }
}
