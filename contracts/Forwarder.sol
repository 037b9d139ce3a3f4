// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Moves ETH inside a transaction, so only traces reveal the transfer; also fails on demand.
contract Forwarder {
    /// @notice Forwards the attached value to `to` with an internal call.
    function forward(address payable to) external payable {
        (bool ok, ) = to.call{value: msg.value}("");
        require(ok, "forward failed");
    }

    /// @notice Forwards half the value to `to`, then tries an inner call that reverts; the transaction succeeds.
    function forwardAndSwallowFailure(address payable to) external payable {
        (bool ok, ) = to.call{value: msg.value / 2}("");
        require(ok, "forward failed");
        try this.alwaysReverts{value: msg.value - msg.value / 2}() {
        } catch {
        }
    }

    /// @notice Always reverts with the reason "nope".
    function alwaysReverts() external payable {
        revert("nope");
    }
}
