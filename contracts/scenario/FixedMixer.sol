// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Fixed-denomination mixer for the ChainTrace Ethereum ground-truth scenario (Tornado-style, no zk).
/// @notice Deposits are exactly `denomination` wei with a commitment keccak256(note). A withdrawal reveals the note,
/// pays `denomination - fee` to a recipient and `fee` to the caller (the relayer) with internal calls, which only
/// traces show. Revealing the preimage links deposit and withdrawal for anyone who hashes it: the scenario's
/// stand-in for a zero-knowledge proof, not a privacy design.
contract FixedMixer {
    event Deposit(bytes32 indexed commitment, uint32 leafIndex, uint256 timestamp);
    event Withdrawal(address to, bytes32 nullifierHash, address indexed relayer, uint256 fee);

    uint256 public immutable denomination;
    uint32 public nextIndex;
    mapping(bytes32 => bool) public commitments;
    mapping(bytes32 => bool) public nullifierHashes;

    constructor(uint256 denomination_) {
        require(denomination_ > 0, "denomination");
        denomination = denomination_;
    }

    /// @notice Deposits exactly `denomination` wei against a fresh commitment.
    function deposit(bytes32 commitment) external payable {
        require(msg.value == denomination, "amount");
        require(!commitments[commitment], "commitment");
        commitments[commitment] = true;
        emit Deposit(commitment, nextIndex, block.timestamp);
        nextIndex += 1;
    }

    /// @notice Spends the deposit whose commitment is keccak256(note): `denomination - fee` to `recipient`, `fee` to the caller.
    function withdraw(bytes32 note, address payable recipient, uint256 fee) external {
        bytes32 commitment = keccak256(abi.encodePacked(note));
        require(commitments[commitment], "unknown note");
        bytes32 nullifierHash = keccak256(abi.encodePacked(commitment));
        require(!nullifierHashes[nullifierHash], "spent");
        require(fee < denomination, "fee");
        nullifierHashes[nullifierHash] = true;
        (bool ok, ) = recipient.call{value: denomination - fee}("");
        require(ok, "payout");
        if (fee > 0) {
            (bool paid, ) = payable(msg.sender).call{value: fee}("");
            require(paid, "fee payout");
        }
        emit Withdrawal(recipient, nullifierHash, msg.sender, fee);
    }
}
