# expect: terminated
# budget-ms: 300
sum(range(2**63))
