-- Example from the analytics wiki: best-selling products by units, all time.
-- Run with:  sqlite3 -header -column shop.db < queries/top_products_example.sql
SELECT p.sku, p.name, SUM(i.quantity) AS units
FROM order_items AS i
JOIN products AS p ON p.id = i.product_id
JOIN orders AS o ON o.id = i.order_id
WHERE o.status = 'paid'
GROUP BY p.id
ORDER BY units DESC
LIMIT 5;
