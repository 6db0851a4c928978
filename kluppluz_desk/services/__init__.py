"""Services layer: the use cases. Each public function is one transaction that owns its
session and hands plain data back; the UI never queries the database itself."""
