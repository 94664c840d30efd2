; torchsmt obligation relu.vjp_eq_jvp_transpose@3 (lemma, op relu, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma relu.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x31 (* w_0 (ite (< 0.0 x0_0) 1.0 0.0))))
(let ((?x52 (* w_0 (ite (<= x0_0 0.0) 0.0 1.0))))
(let (($x46 (= ?x52 ?x31)))
(not $x46)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x32 (* w_1 (ite (< 0.0 x0_1) 1.0 0.0))))
(let ((?x57 (* w_1 (ite (<= x0_1 0.0) 0.0 1.0))))
(let (($x45 (= ?x57 ?x32)))
(not $x45)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x33 (* w_2 (ite (< 0.0 x0_2) 1.0 0.0))))
(let ((?x62 (* w_2 (ite (<= x0_2 0.0) 0.0 1.0))))
(let (($x44 (= ?x62 ?x33)))
(not $x44)))))
(check-sat)
