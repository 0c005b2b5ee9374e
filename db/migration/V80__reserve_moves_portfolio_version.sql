-- Issue 13: the priority cut lines and the reserve's figures read redesign_reserve and reserve_override (V78), and
-- they are kept while portfolio_version stands still (V75). A reserve set or an override recorded moves the number on,
-- like an item's change, so every app instance computes them again (not only the one that saved).
-- [jooq ignore start]
create constraint trigger redesign_reserve_moves_portfolio_version
    after insert or update or delete on redesign_reserve
    deferrable initially deferred for each row execute function bump_portfolio_version();
create constraint trigger reserve_override_moves_portfolio_version
    after insert on reserve_override
    deferrable initially deferred for each row execute function bump_portfolio_version();
-- [jooq ignore stop]
