namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>
/// MySQL 8.0 system variables MiniAurora knows: everything the mariadb CLI, MySqlConnector, MySql.Data,
/// mysqldump and sysbench read on connect, plus the common tuning knobs. One line per variable:
/// <c>name scope type default [ro] [min..max] [enum values separated by '/']</c>; scope G, S or B (both).
/// </summary>
internal static class SystemVariableTable
{
    public const string VersionComment = "MiniAurora, MySQL-compatible, with Aurora Lambda integration";

    private const string Table = """
        auto_increment_increment B uint 1 1..65535
        auto_increment_offset B uint 1 1..65535
        autocommit B bool ON
        automatic_sp_privileges G bool ON
        back_log G uint 151 ro
        basedir G string /usr/ ro
        big_tables B bool OFF
        bind_address G string 127.0.0.1 ro
        binlog_format B enum ROW ROW/STATEMENT/MIXED
        block_encryption_mode B string aes-128-ecb
        bulk_insert_buffer_size B uint 8388608
        character_set_client B string utf8mb4
        character_set_connection B string utf8mb4
        character_set_database B string utf8mb4
        character_set_filesystem B string binary
        character_set_results B string utf8mb4
        character_set_server B string utf8mb4
        character_set_system G string utf8mb3 ro
        character_sets_dir G string /usr/share/mysql-8.0/charsets/ ro
        collation_connection B string utf8mb4_0900_ai_ci
        collation_database B string utf8mb4_0900_ai_ci
        collation_server B string utf8mb4_0900_ai_ci
        completion_type B enum NO_CHAIN NO_CHAIN/CHAIN/RELEASE
        concurrent_insert G enum AUTO NEVER/AUTO/ALWAYS
        connect_timeout G uint 10 2..31536000
        cte_max_recursion_depth B uint 1000 0..4294967295
        datadir G string ./data/ ro
        default_authentication_plugin G string mysql_native_password ro
        default_collation_for_utf8mb4 B string utf8mb4_0900_ai_ci
        default_password_lifetime G uint 0
        default_storage_engine B string InnoDB
        default_tmp_storage_engine B string InnoDB
        default_week_format B uint 0 0..7
        div_precision_increment B uint 4 0..30
        end_markers_in_json B bool OFF
        eq_range_index_dive_limit B uint 200
        event_scheduler G enum OFF ON/OFF/DISABLED
        explicit_defaults_for_timestamp B bool ON
        foreign_key_checks B bool ON
        group_concat_max_len B uint 1024 4..18446744073709551615
        have_openssl G string YES ro
        have_ssl G string YES ro
        have_query_cache G string NO ro
        hostname G string localhost ro
        init_connect G string 
        init_file G string  ro
        innodb_autoinc_lock_mode G int 2 ro
        innodb_buffer_pool_size G uint 134217728
        innodb_file_per_table G bool ON
        innodb_flush_log_at_trx_commit G uint 1 0..2
        innodb_lock_wait_timeout B uint 50 1..1073741824
        innodb_read_only G bool OFF ro
        innodb_rollback_on_timeout G bool OFF ro
        innodb_strict_mode B bool ON
        innodb_version G string 8.0.39 ro
        interactive_timeout B uint 28800 1..31536000
        join_buffer_size B uint 262144
        keep_files_on_create B bool OFF
        key_buffer_size G uint 8388608
        large_files_support G bool ON ro
        lc_messages B string en_US
        lc_time_names B string en_US
        license G string GPL ro
        local_infile G bool OFF
        lock_wait_timeout B uint 31536000 1..31536000
        log_bin G bool OFF ro
        log_error G string stderr ro
        long_query_time B double 10.000000
        lower_case_file_system G bool OFF ro
        lower_case_table_names G uint 0 ro
        max_allowed_packet B uint 67108864 1024..1073741824
        max_connect_errors G uint 100
        max_connections G uint 151 1..100000
        max_error_count B uint 1024 0..65535
        max_execution_time B uint 0
        max_heap_table_size B uint 16777216
        max_join_size B uint 18446744073709551615
        max_length_for_sort_data B uint 4096
        max_prepared_stmt_count G uint 16382 0..4194304
        max_sort_length B uint 1024
        max_sp_recursion_depth B uint 0 0..255
        max_user_connections B uint 0
        mysqlx_port G uint 33060 ro
        net_buffer_length B uint 16384
        net_read_timeout B uint 30 1..31536000
        net_retry_count B uint 10
        net_write_timeout B uint 60 1..31536000
        old_passwords B uint 0
        optimizer_switch B string index_merge=on,index_merge_union=on,index_merge_sort_union=on,index_merge_intersection=on,engine_condition_pushdown=on,index_condition_pushdown=on,mrr=on,mrr_cost_based=on,block_nested_loop=on,batched_key_access=off,materialization=on,semijoin=on,loosescan=on,firstmatch=on,duplicateweedout=on,subquery_materialization_cost_based=on,use_index_extensions=on,condition_fanout_filter=on,derived_merge=on,use_invisible_indexes=off,skip_scan=on,hash_join=on,subquery_to_derived=off,prefer_ordering_index=on,hypergraph_optimizer=off,derived_condition_pushdown=on
        performance_schema G bool OFF ro
        pid_file G string ./data/miniaurora.pid ro
        port G uint 3306 ro
        protocol_version G uint 10 ro
        query_alloc_block_size B uint 8192
        query_cache_limit G uint 1048576
        query_cache_size G uint 0
        query_cache_type B enum OFF OFF/ON/DEMAND
        query_prealloc_size B uint 8192
        range_optimizer_max_mem_size B uint 8388608
        read_buffer_size B uint 131072
        read_only G bool OFF
        read_rnd_buffer_size B uint 262144
        require_secure_transport G bool OFF
        secure_file_priv G string NULL ro
        server_id G uint 1
        server_uuid G string 3e11fa47-71ca-11e1-9e33-c80aa9429562 ro
        session_track_gtids B enum OFF OFF/OWN_GTID/ALL_GTIDS
        session_track_schema B bool ON
        session_track_state_change B bool OFF
        session_track_system_variables B string time_zone,autocommit,character_set_client,character_set_results,character_set_connection
        session_track_transaction_info B enum OFF OFF/STATE/CHARACTERISTICS
        skip_name_resolve G bool ON ro
        skip_networking G bool OFF ro
        socket G string /tmp/mysql.sock ro
        sort_buffer_size B uint 262144
        sql_auto_is_null B bool OFF
        sql_big_selects B bool ON
        sql_buffer_result B bool OFF
        sql_log_bin S bool ON
        sql_mode B sqlmode ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION
        sql_notes B bool ON
        sql_quote_show_create B bool ON
        sql_require_primary_key B bool OFF
        sql_safe_updates B bool OFF
        sql_select_limit B uint 18446744073709551615
        sql_warnings B bool OFF
        ssl_ca G string ca.pem ro
        ssl_cert G string server-cert.pem ro
        ssl_key G string server-key.pem ro
        storage_engine B string InnoDB
        sync_binlog G uint 1
        system_time_zone G string UTC ro
        table_definition_cache G uint 2000
        table_open_cache G uint 4000
        thread_cache_size G uint 9
        thread_handling G string one-thread-per-connection ro
        thread_stack G uint 1048576 ro
        time_zone B string SYSTEM
        timestamp S double 0
        tls_version G string TLSv1.2,TLSv1.3 ro
        tmp_table_size B uint 16777216
        tmpdir G string /tmp ro
        transaction_alloc_block_size B uint 8192
        transaction_isolation B enum REPEATABLE-READ READ-UNCOMMITTED/READ-COMMITTED/REPEATABLE-READ/SERIALIZABLE
        transaction_prealloc_size B uint 4096
        transaction_read_only B bool OFF
        tx_isolation B enum REPEATABLE-READ READ-UNCOMMITTED/READ-COMMITTED/REPEATABLE-READ/SERIALIZABLE
        tx_read_only B bool OFF
        unique_checks B bool ON
        updatable_views_with_limit B bool ON
        version G string 8.0.39-MiniAurora ro
        version_comment G string MiniAurora, MySQL-compatible, with Aurora Lambda integration ro
        version_compile_machine G string x86_64 ro
        version_compile_os G string Linux ro
        version_compile_zlib G string 1.2.13 ro
        wait_timeout B uint 28800 1..31536000
        warning_count S uint 0 ro
        error_count S uint 0 ro
        identity S uint 0
        insert_id S uint 0
        last_insert_id S uint 0
        pseudo_thread_id S uint 0
        rand_seed1 S uint 0
        rand_seed2 S uint 0
        external_user S string  ro
        proxy_user S string  ro
        """;

    public static IReadOnlyDictionary<string, SystemVariableDefinition> All { get; } = Parse();

    private static Dictionary<string, SystemVariableDefinition> Parse()
    {
        var result = new Dictionary<string, SystemVariableDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in Table.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var trimmed = line.TrimStart();
            var fields = trimmed.Split(' ');
            string name = fields[0];
            var scope = fields[1] switch { "G" => VariableScope.Global, "S" => VariableScope.Session, _ => VariableScope.Both };
            var type = fields[2] switch
            {
                "bool" => VariableType.Bool,
                "int" => VariableType.Int,
                "uint" => VariableType.UInt,
                "double" => VariableType.Double,
                "enum" => VariableType.Enum,
                "sqlmode" => VariableType.SqlMode,
                _ => VariableType.String,
            };
            string rest = trimmed.Length > fields[0].Length + fields[1].Length + fields[2].Length + 3
                ? trimmed[(fields[0].Length + fields[1].Length + fields[2].Length + 3)..]
                : "";
            bool readOnly = false;
            long min = long.MinValue;
            long max = long.MaxValue;
            string[]? values = null;
            string defaultValue = rest;
            if (type is VariableType.String)
            {
                if (rest.EndsWith(" ro", StringComparison.Ordinal))
                {
                    readOnly = true;
                    defaultValue = rest[..^3];
                }
                else if (rest == "ro")
                {
                    readOnly = true;
                    defaultValue = "";
                }
            }
            else
            {
                var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                defaultValue = parts.Length > 0 ? parts[0] : "";
                foreach (var p in parts.Skip(1))
                {
                    if (p == "ro")
                    {
                        readOnly = true;
                    }
                    else if (p.Contains("..", StringComparison.Ordinal))
                    {
                        var mm = p.Split("..");
                        min = long.Parse(mm[0], System.Globalization.CultureInfo.InvariantCulture);
                        max = ulong.TryParse(mm[1], out ulong u) && u > long.MaxValue ? long.MaxValue : long.Parse(mm[1], System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else if (type == VariableType.Enum)
                    {
                        values = p.Split('/');
                    }
                }
            }
            result[name] = new SystemVariableDefinition(name, scope, type, defaultValue, readOnly, min, max, values);
        }
        return result;
    }
}
