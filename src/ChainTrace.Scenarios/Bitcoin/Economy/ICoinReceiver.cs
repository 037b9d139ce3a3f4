namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>An actor that takes delivery of a coin paid to it (an exchange withdrawal, a payment).</summary>
internal interface ICoinReceiver
{
    /// <summary>The receiver's entity index.</summary>
    int Entity { get; }

    /// <summary>Takes the coin into the receiver's wallet.</summary>
    void Receive(in Coin coin);
}
