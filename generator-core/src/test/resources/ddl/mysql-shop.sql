-- A shop schema as mysqldump writes it.
/*!40101 SET NAMES utf8mb4 */;
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE IF EXISTS `orders`;

CREATE TABLE `customers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `status` ENUM('new','active','blocked') NOT NULL DEFAULT 'new',
  `note` TEXT, # free text; a ; here ends nothing
  `balance` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_customers_email` (`email`),
  KEY `idx_customers_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orders` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `customer_id` BIGINT NOT NULL,
  `reference` CHAR(12) NOT NULL UNIQUE,
  `placed_at` TIMESTAMP NULL,
  INDEX `idx_orders_placed_at` (`placed_at` DESC),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

INSERT INTO `customers` (`email`) VALUES ('a;b@example.com');
