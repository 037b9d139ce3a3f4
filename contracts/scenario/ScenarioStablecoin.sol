// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title USD-pegged stablecoin for the ChainTrace Ethereum ground-truth scenario (6 decimals, like USDC).
/// @notice The deployer is the issuer: only it mints. Transfers emit the standard ERC-20 Transfer event.
contract ScenarioStablecoin {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    string public constant name = "Scenario USD";
    string public constant symbol = "USDX";
    uint8 public constant decimals = 6;

    address public immutable issuer;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor() {
        issuer = msg.sender;
    }

    /// @notice Issues `value` base units (10^-6 USD) to `to`; issuer only.
    function mint(address to, uint256 value) external {
        require(msg.sender == issuer, "issuer");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        require(allowance[from][msg.sender] >= value, "allowance");
        allowance[from][msg.sender] -= value;
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) private {
        require(balanceOf[from] >= value, "balance");
        balanceOf[from] -= value;
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
