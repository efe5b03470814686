-- Reference solution for disk-full: acknowledge, measure, compress only the dated logs,
-- verify they are readable, measure again, post the result.
return {
  { post = "#incidents", text = "Ack INC-2047, looking at the orders-api log volume now." },
  { sh = "bin/disk-usage; ls -lh logs" },
  { sh = "gzip -v logs/orders-api-2024-03-*.log" },
  { sh = "zcat logs/orders-api-2024-03-11.log.gz | tail -n 1 && ls -lh logs && bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: gzipped the 7 rotated daily logs (5-11 March), nothing deleted, orders-api.log untouched. Volume down from 93% to 23% (about 2.2 MB of 10 MB). OPS-214 still needed for the nightly job." },
  { finish = true },
}
