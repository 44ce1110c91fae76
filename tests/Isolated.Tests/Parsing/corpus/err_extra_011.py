from
