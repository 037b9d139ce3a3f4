// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Minimal ERC-721 for ChainTrace integration tests: the token id is the third indexed topic.
contract TestNft {
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);

    mapping(uint256 => address) public ownerOf;

    function mint(address to, uint256 tokenId) external {
        require(ownerOf[tokenId] == address(0), "minted");
        ownerOf[tokenId] = to;
        emit Transfer(address(0), to, tokenId);
    }

    function transferFrom(address from, address to, uint256 tokenId) external {
        require(ownerOf[tokenId] == from && from == msg.sender, "owner");
        ownerOf[tokenId] = to;
        emit Transfer(from, to, tokenId);
    }
}
