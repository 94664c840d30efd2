; torchsmt obligation ge.vjp_eq_jvp_transpose@3_3 (lemma, op ge, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,), (3,)) params {}, off kinks
(set-info :source |torchsmt lemma ge.vjp_eq_jvp_transpose@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let (($x48 (= 0.0 0.0)))
(not $x48)))
(check-sat)
